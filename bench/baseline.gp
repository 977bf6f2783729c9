# The gnuplot baseline of `make bench`: the six benchmark figures (bench/README.md, F1-F6) with gnuplot 5.4,
# PNG through the pngcairo terminal and SVG through the svg terminal, matched to matplotlib's default look as
# far as gnuplot allows, 640x480 px.
#
# Usage: gnuplot -e "outdir='/tmp/out'" bench/baseline.gp
#        gnuplot -e "outdir='/tmp/out'; exts='png'" bench/baseline.gp     (one format only)
#
# Where it cannot (easily) look like matplotlib:
#  - ticks are given explicitly (gnuplot's autotics choose other steps), and the ranges of auto-scaled plots
#    are given with matplotlib's 5 % margins;
#  - gnuplot lays out the text (titles and labels sit a few px off) and draws its own legend (square frame,
#    its own sample length and spacing);
#  - quiver arrows are gnuplot vectors, with heads of a fixed size; F6's contours are drawn as the circles
#    they are;
#  - the svg terminal writes <text> elements (the viewer's fonts draw them) where matplotlib and cairo write
#    glyph outlines; point sizes, dash lengths and text offsets need per-terminal factors (PS, DS, TEXTFIX).

if (!exists("outdir")) outdir = "."
if (!exists("exts")) exts = "png svg"

set encoding utf8
FONTNAME = "DejaVu Sans"
C0 = "#1f77b4"; C1 = "#ff7f0e"; C2 = "#2ca02c"; C3 = "#d62728"   # matplotlib's tab10 C0-C3
VIRIDIS = "#440154 #472877 #3e4989 #30678d #25828e #1e9d88 #35b778 #6dce58 #b5dd2b #fde725"

# ---- the data, computed once with the book's numerical methods ------------------------------------------
h = 1e-4
f1(x) = 0.01*x**2 + 0.1*x
nd(x) = (f1(x+h) - f1(x-h)) / (2*h)               # central difference
d5 = nd(5.0);  b5 = f1(5.0) - d5*5.0               # tangent at 5: y = d5 x + b5
d10 = nd(10.0); b10 = f1(10.0) - d10*10.0
f2(a, b) = a**2 + b**2

# descent paths from (-3, 4), 20 points each, into datablocks $gd1, $gd2, $gd3 for lr 0.01, 0.1, 0.9
do for [run = 1:3] {
    lr = (run == 1) ? 0.01 : (run == 2) ? 0.1 : 0.9
    eval sprintf("set print $gd%d", run)
    x0 = -3.0; x1 = 4.0
    do for [i = 1:20] {
        print sprintf("%.17g %.17g", x0, x1)
        g0 = (f2(x0+h, x1) - f2(x0-h, x1)) / (2*h)
        g1 = (f2(x0, x1+h) - f2(x0, x1-h)) / (2*h)
        x0 = x0 - lr*g0; x1 = x1 - lr*g1
    }
    unset print
}

# the negative gradient on the 18x18 grid, scaled as matplotlib's quiver scales it by default: an arrow's
# on-screen length is |g| / (1.8 * mean|g| * 18) axes widths, pointing where g points on screen
AXW = 0.775*640; AXH = 0.77*480; SX = AXW/4.0; SY = AXH/4.0
asum = 0.0
do for [j = 0:17] { do for [i = 0:17] {
    p0 = -2 + 0.25*i; p1 = -2 + 0.25*j
    u = -(f2(p0+h, p1) - f2(p0-h, p1)) / (2*h); v = -(f2(p0, p1+h) - f2(p0, p1-h)) / (2*h)
    asum = asum + sqrt(u**2 + v**2)
} }
qscale = 1.8 * (asum / 324.0) * 18
set print $grad
do for [j = 0:17] { do for [i = 0:17] {
    p0 = -2 + 0.25*i; p1 = -2 + 0.25*j
    u = -(f2(p0+h, p1) - f2(p0-h, p1)) / (2*h); v = -(f2(p0, p1+h) - f2(p0, p1-h)) / (2*h)
    a = sqrt(u**2 + v**2); spx = sqrt((u*SX)**2 + (v*SY)**2)
    k = (spx > 0) ? a / qscale * AXW / spx : 0
    print sprintf("%.10g %.10g %.10g %.10g", p0, p1, u*k, v*k)
} }
unset print

# ---- the figures, once per output format -----------------------------------------------------------------
# matplotlib's single-panel placement, and its frame and ticks (macros in a do-block are expanded when the
# block is read, so they are defined before it)
SINGLE = "set lmargin at screen 0.125; set rmargin at screen 0.9; set bmargin at screen 0.11; set tmargin at screen 0.88"
STYLE = "set border 15 lw 0.8*LW; set tics out nomirror scale 0.7; set minussign; set key noautotitle; set clip two; eval TEXTFIX"
do for [ext in exts] {
    if (ext eq "png") {
        set terminal pngcairo size 640,480 noenhanced font FONTNAME.",10" fontscale 1.0 linewidth 1
        LW = 1.0; FST = 12; DS = 4.0   # pngcairo's dash unit is about 0.5 px at lw 2
        TEXTFIX = ""; PS = 1.4
    } else {
        set terminal svg size 640,480 noenhanced font FONTNAME.",13.9" linewidth 1 background "#ffffff"
        LW = 1.0; FST = 16.7; DS = 2.0 # the svg terminal's dash unit is 1 px
        # the svg terminal spaces text by its (larger) character cell: pull the labels in
        TEXTFIX = "set xtics offset 0,0.6; set ytics offset 0.6,0; set xlabel offset 0,1.2; set ylabel offset 1.6,0; set title offset 0,-0.5"
        PS = 0.85
    }

    # F1: y = log(x) on [0.001, 1], 1000 samples
    reset
    @SINGLE; @STYLE
    set output sprintf("%s/f1_log.%s", outdir, ext)
    set title "y = log(x)" font sprintf(",%g", FST)
    set xlabel "x"; set ylabel "y"
    set xrange [0.001-0.05*0.999:1.0+0.05*0.999]; set yrange [-5:0.2]
    set xtics 0.2 format "%.1f"; set ytics 1 format "%.0f"
    set samples 1000
    plot sample [x=0.001:1.0] log(x) with lines lw 2*LW lc rgb C0
    set output

    # F2: the sigmoid and the step function (dashed black) at np.arange(-5, 5, 0.1), with a legend
    reset
    @SINGLE; @STYLE
    set output sprintf("%s/f2_step_sigmoid.%s", outdir, ext)
    set title "Step function vs sigmoid" font sprintf(",%g", FST)
    set xlabel "x"; set ylabel "y"
    set xrange [-5-0.05*9.9:4.9+0.05*9.9]; set yrange [-0.1:1.1]
    set xtics 2 format "%.0f"; set ytics 0.2 format "%.1f"
    set key top left reverse Left box lc rgb "#cccccc" opaque samplen 2
    plot sample [i=0:99:1] '+' using (-5+0.1*i):(1/(1+exp(-(-5+0.1*i)))) with lines lw 2*LW lc rgb C0 title "sigmoid", \
         [i=0:99:1] '+' using (-5+0.1*i):((-5+0.1*i) > 1e-9 ? 1 : 0) with lines lw 2*LW dt (3.7*DS,1.6*DS) lc rgb "black" title "step function"
    set output

    # F3: f(x) = 0.01x^2 + 0.1x on [0, 20) and its tangents at 5 and 10
    reset
    @SINGLE; @STYLE
    set output sprintf("%s/f3_tangent.%s", outdir, ext)
    set title "f(x) = 0.01x^2 + 0.1x and tangents" font sprintf(",%g", FST)
    set xlabel "x"; set ylabel "f(x)"
    YLO = -1.0; YHI = f1(19.9)
    set xrange [-0.05*19.9:19.9+0.05*19.9]; set yrange [YLO-0.05*(YHI-YLO):YHI+0.05*(YHI-YLO)]
    set xtics 2.5 format "%.1f"; set ytics 1 format "%.0f"
    set key top left reverse Left box lc rgb "#cccccc" opaque samplen 2
    plot sample [i=0:199:1] '+' using (0.1*i):(f1(0.1*i)) with lines lw 2*LW lc rgb C0 title "f(x)", \
         [i=0:199:1] '+' using (0.1*i):(d5*0.1*i + b5) with lines lw 2*LW lc rgb C1 title "tangent at x=5", \
         [i=0:199:1] '+' using (0.1*i):(d10*0.1*i + b10) with lines lw 2*LW lc rgb C2 title "tangent at x=10"
    set output

    # F4: the negative gradient field over a grid
    reset
    @SINGLE; @STYLE
    set output sprintf("%s/f4_gradient_field.%s", outdir, ext)
    set title "Negative gradient of x0^2 + x1^2" font sprintf(",%g", FST)
    set xlabel "x0"; set ylabel "x1"
    set xrange [-2:2]; set yrange [-2:2]
    set xtics 0.5 format "%.1f"; set ytics 0.5 format "%.1f"
    set grid xtics ytics lt 1 lw 0.8*LW lc rgb "#b0b0b0" dt 1
    plot $grad using 1:2:3:4 with vectors head filled size screen 0.013,17 lw 1.6*LW lc rgb "#666666"
    set output

    # F5: the descent path for lr 0.1 over dashed blue axes
    reset
    @SINGLE; @STYLE
    set output sprintf("%s/f5_descent.%s", outdir, ext)
    set title "Gradient descent, lr = 0.1" font sprintf(",%g", FST)
    set xlabel "X0"; set ylabel "X1"
    set xrange [-3.5:3.5]; set yrange [-4.5:4.5]
    set xtics 1 format "%.0f"; set ytics 1 format "%.0f"
    plot sample [i=0:1:1] '+' using (-5+10*i):(0) with lines lw 2*LW dt (3.7*DS,1.6*DS) lc rgb "blue", \
         [i=0:1:1] '+' using (0):(-5+10*i) with lines lw 2*LW dt (3.7*DS,1.6*DS) lc rgb "blue", \
         $gd2 using 1:2 with points pt 7 ps PS lc rgb C0
    set output

    # F6: three panels (lr 0.01, 0.1, 0.9) of descent paths over the ten contour circles x0^2 + x1^2 = 2.5 k
    reset
    set output sprintf("%s/f6_lr_panels.%s", outdir, ext)
    PW = 0.775/3.4; GAP = 0.2*PW     # matplotlib's subplots(1, 3): wspace 0.2 of a panel
    set multiplot
    do for [p = 0:2] {
        @STYLE
        set lmargin at screen 0.125 + p*(PW+GAP); set rmargin at screen 0.125 + p*(PW+GAP) + PW
        set bmargin at screen 0.11; set tmargin at screen 0.88
        set title sprintf("lr = %s", p == 0 ? "0.01" : p == 1 ? "0.1" : "0.9") font sprintf(",%g", FST)
        set xlabel "x0"
        if (p == 0) { set ylabel "x1" } else { unset ylabel }
        set xrange [-5.5:5.5]; set yrange [-5.5:5.5]
        set xtics 5 format "%.0f"; set ytics 2 format "%.0f"
        set samples 200
        eval sprintf("plot for [k=1:10] [t=0:2*pi] '+' using (sqrt(2.5*k)*cos(t)):(sqrt(2.5*k)*sin(t)) with lines lw 2*LW lc rgb word(VIRIDIS, k), $gd%d using 1:2 with linespoints pt 7 ps PS lw 2*LW lc rgb C3", p+1)
    }
    unset multiplot
    set output
}
