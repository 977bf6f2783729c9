/* The six benchmark figures (bench/README.md: F1-F6), computed with the book's numerical methods and drawn
 * with plot.c. Their data and settings match bench/baseline_mpl.py and bench/baseline.gp. */
#include "plot.h"

#include <math.h>
#include <stddef.h>

/* ---- the book's math (chapter 4) ---- */
static double function_1(double x) { return 0.01 * x * x + 0.1 * x; }
static double function_2(const double *x) { return x[0] * x[0] + x[1] * x[1]; }

/* central difference, h = 1e-4 */
static double numerical_diff(double (*f)(double), double x) {
    const double h = 1e-4;
    return (f(x + h) - f(x - h)) / (2 * h);
}

static void numerical_gradient(double (*f)(const double *), double *x, double *g) {
    const double h = 1e-4;
    for (int i = 0; i < 2; i++) {
        double saved = x[i];
        x[i] = saved + h;
        double f1 = f(x);
        x[i] = saved - h;
        double f2 = f(x);
        g[i] = (f1 - f2) / (2 * h);
        x[i] = saved;
    }
}

/* the path of `steps` points from (-3, 4) (the points before each update, as the book records them) */
static void gradient_descent(double lr, int steps, double *hx, double *hy) {
    double x[2] = {-3.0, 4.0}, g[2];
    for (int i = 0; i < steps; i++) {
        hx[i] = x[0]; hy[i] = x[1];
        numerical_gradient(function_2, x, g);
        x[0] -= lr * g[0]; x[1] -= lr * g[1];
    }
}

/* ---- F1: y = log(x) on [0.001, 1], 1000 points ---- */
static void f1_log(cairo_t *cr) {
    static double x[1000], y[1000];
    for (int i = 0; i < 1000; i++) { x[i] = 0.001 * (i + 1); y[i] = log(x[i]); }
    double lo, hi;
    data_range(x, 1000, &lo, &hi);
    Axes a;
    axes_single(&a, lo, hi, -5.0, 0.2);
    plot_line(cr, &a, x, y, 1000, C0, SOLID);
    axes_decorate(cr, &a, "y = log(x)", "x", "y");
}

/* ---- F2: the step function (dashed black) and the sigmoid on [-5, 5) step 0.1, with a legend ---- */
static void f2_step_sigmoid(cairo_t *cr) {
    double x[100], s[100], st[100];
    for (int i = 0; i < 100; i++) {
        x[i] = -5.0 + 0.1 * i;
        s[i] = 1 / (1 + exp(-x[i]));
        st[i] = x[i] > 1e-9 ? 1 : 0; /* np.arange's "0" is -1.8e-15, which is not > 0 */
    }
    double lo, hi;
    data_range(x, 100, &lo, &hi);
    Axes a;
    axes_single(&a, lo, hi, -0.1, 1.1);
    plot_line(cr, &a, x, s, 100, C0, SOLID);
    plot_line(cr, &a, x, st, 100, BLACK, DASHED);
    axes_decorate(cr, &a, "Step function vs sigmoid", "x", "y");
    LegendEntry entries[] = {{"sigmoid", C0, SOLID}, {"step function", BLACK, DASHED}};
    legend(cr, &a, entries, 2);
}

/* ---- F3: f(x) = 0.01x^2 + 0.1x on [0, 20) with its tangents at 5 and 10 ---- */
static void f3_tangent(cairo_t *cr) {
    double x[200], y[200], t5[200], t10[200], all[600];
    double d5 = numerical_diff(function_1, 5), b5 = function_1(5) - d5 * 5;
    double d10 = numerical_diff(function_1, 10), b10 = function_1(10) - d10 * 10;
    for (int i = 0; i < 200; i++) {
        x[i] = 0.1 * i;
        y[i] = function_1(x[i]);
        t5[i] = d5 * x[i] + b5;
        t10[i] = d10 * x[i] + b10;
        all[i] = y[i]; all[200 + i] = t5[i]; all[400 + i] = t10[i];
    }
    double xl, xh, yl, yh;
    data_range(x, 200, &xl, &xh);
    data_range(all, 600, &yl, &yh);
    Axes a;
    axes_single(&a, xl, xh, yl, yh);
    plot_line(cr, &a, x, y, 200, C0, SOLID);
    plot_line(cr, &a, x, t5, 200, C1, SOLID);
    plot_line(cr, &a, x, t10, 200, C2, SOLID);
    axes_decorate(cr, &a, "f(x) = 0.01x^2 + 0.1x and tangents", "x", "f(x)");
    LegendEntry entries[] = {{"f(x)", C0, SOLID}, {"tangent at x=5", C1, SOLID}, {"tangent at x=10", C2, SOLID}};
    legend(cr, &a, entries, 3);
}

/* ---- F4: arrows of the negative gradient of x0^2 + x1^2 on an 18 x 18 grid, over a grid ----
 * matplotlib's quiver defaults: units 'width', pivot 'tail', head width 3, length 5, axis length 4.5 shaft
 * widths, minshaft 1, the automatic scale (1.8 x mean length x sqrt(n) per axes width) and width. */
static void f4_gradient_field(cairo_t *cr) {
    enum { N = 18 };
    double px[N * N], py[N * N], u[N * N], v[N * N], mean = 0;
    for (int j = 0; j < N; j++)
        for (int i = 0; i < N; i++) {
            int k = j * N + i;
            double p[2] = {-2 + 0.25 * i, -2 + 0.25 * j}, g[2];
            px[k] = p[0]; py[k] = p[1];
            numerical_gradient(function_2, p, g);
            u[k] = -g[0]; v[k] = -g[1];
            mean += hypot(u[k], v[k]);
        }
    mean /= N * N;
    Axes a;
    axes_single(&a, -2, 2, -2, 2);
    axes_grid(cr, &a);
    double scale = 1.8 * mean * fmax(10, sqrt(N * N)); /* data units per axes width */
    double width = 0.06 / fmin(fmax(sqrt(N * N), 8), 25); /* shaft width in axes widths */
    double wpx = width * a.w;
    clip_begin(cr, &a);
    set_rgb(cr, GRAY66);
    for (int k = 0; k < N * N; k++) {
        double len = hypot(u[k], v[k]) / scale / width; /* in shaft widths */
        double angle = atan2(-v[k] * a.h / (a.y1 - a.y0), u[k] * a.w / (a.x1 - a.x0));
        cairo_save(cr);
        cairo_translate(cr, PX(&a, px[k]), PY(&a, py[k]));
        cairo_rotate(cr, angle);
        cairo_scale(cr, wpx, wpx);
        if (len < 1) { /* shorter than minlength: matplotlib draws a dot */
            cairo_arc(cr, 0, 0, 0.5, 0, 2 * M_PI);
        } else { /* the 7-point arrow polygon; arrows shorter than the head shrink as a whole */
            double L = len < 5 ? 5 : len, s = len < 5 ? len / 5 : 1;
            double ax[7] = {0, L - 4.5, L - 5, L, L - 5, L - 4.5, 0};
            double ay[7] = {0.5, 0.5, 1.5, 0, -1.5, -0.5, -0.5};
            cairo_move_to(cr, ax[0] * s, ay[0] * s);
            for (int i = 1; i < 7; i++) cairo_line_to(cr, ax[i] * s, ay[i] * s);
            cairo_close_path(cr);
        }
        cairo_restore(cr);
        cairo_fill(cr);
    }
    clip_end(cr);
    axes_decorate(cr, &a, "Negative gradient of x0^2 + x1^2", "x0", "x1");
}

/* ---- F5: the descent path from (-3, 4), lr 0.1, 20 points, over dashed blue axes ---- */
static void f5_descent(cairo_t *cr) {
    double hx[20], hy[20];
    gradient_descent(0.1, 20, hx, hy);
    Axes a;
    axes_single(&a, -3.5, 3.5, -4.5, 4.5);
    double across[2] = {-5, 5}, zero[2] = {0, 0};
    plot_line(cr, &a, across, zero, 2, BLUE, DASHED);
    plot_line(cr, &a, zero, across, 2, BLUE, DASHED);
    plot_markers(cr, &a, hx, hy, 20, C0);
    axes_decorate(cr, &a, "Gradient descent, lr = 0.1", "X0", "X1");
}

/* ---- F6: three panels (lr 0.01, 0.1, 0.9) of descent paths over the contours 2.5, 5, ..., 25 ----
 * matplotlib's subplots(1, 3): three equal panels in the default area, wspace 0.2 of a panel between them. */
static void f6_lr_panels(cairo_t *cr) {
    static const double lrs[3] = {0.01, 0.1, 0.9};
    static const char *titles[3] = {"lr = 0.01", "lr = 0.1", "lr = 0.9"};
    double pw = 0.775 * W / (3 + 0.2 * 2), gap = 0.2 * pw;
    for (int p = 0; p < 3; p++) {
        double hx[20], hy[20];
        gradient_descent(lrs[p], 20, hx, hy);
        Axes a;
        axes_init(&a, 0.125 * W + p * (pw + gap), (1 - 0.88) * H, pw, 0.77 * H, -5.5, 5.5, -5.5, 5.5);
        for (int k = 0; k < 10; k++) plot_circle(cr, &a, sqrt(2.5 * (k + 1)), VIRIDIS10[k]);
        plot_line(cr, &a, hx, hy, 20, C3, SOLID);
        plot_markers(cr, &a, hx, hy, 20, C3);
        axes_decorate(cr, &a, titles[p], "x0", p == 0 ? "x1" : NULL);
    }
}

const Figure FIGURES[6] = {
    {"f1_log", f1_log},
    {"f2_step_sigmoid", f2_step_sigmoid},
    {"f3_tangent", f3_tangent},
    {"f4_gradient_field", f4_gradient_field},
    {"f5_descent", f5_descent},
    {"f6_lr_panels", f6_lr_panels},
};
