/*
 * The least plotting machinery that draws the six benchmark figures the way matplotlib's defaults do
 * (640 x 480 px at 100 dpi, tab10 colours, DejaVu Sans through cairo's toy text API), straight on libcairo.
 * This is the C-on-Cairo baseline of `make bench`: the floor a Cairo-based plotting library is measured against.
 */
#ifndef BENCH_PLOT_H
#define BENCH_PLOT_H

#include <cairo.h>

#define W 640 /* figure size in pixels: matplotlib's 6.4 x 4.8 in at 100 dpi */
#define H 480
#define PT (100.0 / 72.0) /* pixels per point at 100 dpi */

typedef struct { double r, g, b; } RGB;
#define HEX(h) { ((h) >> 16 & 255) / 255.0, ((h) >> 8 & 255) / 255.0, ((h) & 255) / 255.0 }

/* matplotlib's colours: tab10 C0-C3, 'k', 'b', the quiver grey, the grid and the legend frame */
static const RGB C0 = HEX(0x1f77b4), C1 = HEX(0xff7f0e), C2 = HEX(0x2ca02c), C3 = HEX(0xd62728),
                 BLACK = HEX(0x000000), BLUE = HEX(0x0000ff), GRAY66 = HEX(0x666666);

/* viridis sampled at ten contour levels, as matplotlib colours ten levels of a contour plot */
extern const RGB VIRIDIS10[10];

/* One panel: where it is on the canvas, what data range it shows, and its ticks. */
typedef struct {
    double l, t, w, h;     /* pixel rectangle: left, top, width, height */
    double x0, x1, y0, y1; /* data limits */
    double xt[64], yt[64]; /* tick values */
    int nxt, nyt;          /* tick counts */
    int xdec, ydec;        /* decimals in the tick labels */
} Axes;

/* data -> pixel */
double PX(const Axes *a, double x);
double PY(const Axes *a, double y);

/* A panel at (l, t, w, h) px showing [x0, x1] x [y0, y1], with matplotlib's automatic ticks. */
void axes_init(Axes *a, double l, double t, double w, double h, double x0, double x1, double y0, double y1);
/* The single panel of a default figure (subplot parameters left .125, right .9, bottom .11, top .88). */
void axes_single(Axes *a, double x0, double x1, double y0, double y1);
/* [min, max] of v widened by matplotlib's 5 % margins. */
void data_range(const double *v, int n, double *lo, double *hi);

enum LineStyle { SOLID = 0, DASHED = 1 };

void axes_grid(cairo_t *cr, const Axes *a);
/* Frame, ticks, tick labels, axis labels and title (labels may be NULL). */
void axes_decorate(cairo_t *cr, const Axes *a, const char *title, const char *xlabel, const char *ylabel);
void plot_line(cairo_t *cr, const Axes *a, const double *x, const double *y, int n, RGB c, enum LineStyle style);
void plot_markers(cairo_t *cr, const Axes *a, const double *x, const double *y, int n, RGB c);
/* The circle x0^2 + x1^2 = r^2 (an ellipse on screen): one contour line of the bowl. */
void plot_circle(cairo_t *cr, const Axes *a, double r, RGB c);

typedef struct { const char *label; RGB c; enum LineStyle style; } LegendEntry;
/* A legend in the upper left corner (where matplotlib's loc='best' puts it for F2 and F3). */
void legend(cairo_t *cr, const Axes *a, const LegendEntry *e, int n);

/* Clip drawing to the panel until clip_end. */
void clip_begin(cairo_t *cr, const Axes *a);
void clip_end(cairo_t *cr);
void set_rgb(cairo_t *cr, RGB c);

/* The six figures, in the benchmark's order, with the baselines' file names. */
typedef struct { const char *name; void (*draw)(cairo_t *); } Figure;
extern const Figure FIGURES[6];

#endif
