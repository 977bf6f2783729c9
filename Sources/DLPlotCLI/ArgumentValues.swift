import ArgumentParser
import Figures
import PlottingCairo

/// Library types used directly as option values by both executables (`--lang`, `--format`).
extension Language: ExpressibleByArgument {}
extension OutputFormat: ExpressibleByArgument {}
