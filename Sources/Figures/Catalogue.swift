import Core
import Plotting
