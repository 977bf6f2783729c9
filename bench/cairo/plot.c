/* Panels, ticks, text, lines, markers and legends drawn the way matplotlib's defaults draw them (see plot.h). */
#include "plot.h"

#include <math.h>
#include <stdio.h>

#define FONT "DejaVu Sans"
#define MINUS "\xe2\x88\x92" /* U+2212, the minus sign matplotlib writes in negative tick labels */

static const RGB GRID = HEX(0xb0b0b0), LEGEND_EDGE = HEX(0xcccccc);

const RGB VIRIDIS10[10] = {
    {0.267004, 0.004874, 0.329415}, {0.281412, 0.155834, 0.469201}, {0.244972, 0.287675, 0.537260},
    {0.190631, 0.407061, 0.556089}, {0.147607, 0.511733, 0.557049}, {0.119699, 0.618490, 0.536347},
    {0.208030, 0.718701, 0.472873}, {0.430983, 0.808473, 0.346476}, {0.709898, 0.868751, 0.169257},
    {0.993248, 0.906157, 0.143936}};

double PX(const Axes *a, double x) { return a->l + (x - a->x0) / (a->x1 - a->x0) * a->w; }
double PY(const Axes *a, double y) { return a->t + a->h - (y - a->y0) / (a->y1 - a->y0) * a->h; }

/* matplotlib's MaxNLocator(nbins='auto', steps=[1, 2, 2.5, 5, 10]): the smallest nice step that gives at
 * most nbins intervals, then ScalarFormatter's decimals (as few as show every tick exactly). */
static int nice_ticks(double vmin, double vmax, int nbins, double *out, int *dec) {
    static const double steps[] = {0.5, 1, 2, 2.5, 5, 10, 20};
    double raw = (vmax - vmin) / nbins, scale = pow(10, floor(log10(raw))), step;
    int first = 6, n = 0;
    for (int i = 0; i < 7; i++)
        if (steps[i] * scale >= raw * (1 - 1e-10)) { first = i; break; }
    for (int i = first; i >= 0; i--) { /* fall back to a finer step while fewer than two ticks fit */
        step = steps[i] * scale;
        n = 0;
        for (double k = ceil(vmin / step - 1e-9); k * step <= vmax + 1e-9 * step && n < 64; k++)
            out[n++] = fabs(k * step) < 1e-9 * step ? 0.0 : k * step;
        if (n >= 2) break;
    }
    *dec = 0;
    for (int d = 0; d < 8; d++) {
        int exact = 1;
        double m = pow(10, d);
        for (int i = 0; i < n; i++)
            if (fabs(out[i] * m - round(out[i] * m)) > 1e-6) exact = 0;
        if (exact) { *dec = d; break; }
    }
    return n;
}

static int clampi(int v, int lo, int hi) { return v < lo ? lo : v > hi ? hi : v; }

void axes_init(Axes *a, double l, double t, double w, double h, double x0, double x1, double y0, double y1) {
    a->l = l; a->t = t; a->w = w; a->h = h;
    a->x0 = x0; a->x1 = x1; a->y0 = y0; a->y1 = y1;
    int nbx = clampi((int)floor(w / PT / 30.0), 1, 9); /* XAxis.get_tick_space: a tick per 30 pt */
    int nby = clampi((int)floor(h / PT / 20.0), 1, 9); /* YAxis.get_tick_space: a tick per 20 pt */
    a->nxt = nice_ticks(x0, x1, nbx, a->xt, &a->xdec);
    a->nyt = nice_ticks(y0, y1, nby, a->yt, &a->ydec);
}

void axes_single(Axes *a, double x0, double x1, double y0, double y1) {
    axes_init(a, 0.125 * W, (1 - 0.88) * H, 0.775 * W, 0.77 * H, x0, x1, y0, y1);
}

void data_range(const double *v, int n, double *lo, double *hi) {
    double a = v[0], b = v[0];
    for (int i = 1; i < n; i++) { if (v[i] < a) a = v[i]; if (v[i] > b) b = v[i]; }
    double m = 0.05 * (b - a);
    *lo = a - m; *hi = b + m;
}

void set_rgb(cairo_t *cr, RGB c) { cairo_set_source_rgb(cr, c.r, c.g, c.b); }

void clip_begin(cairo_t *cr, const Axes *a) {
    cairo_save(cr);
    cairo_rectangle(cr, a->l, a->t, a->w, a->h);
    cairo_clip(cr);
}

void clip_end(cairo_t *cr) { cairo_restore(cr); }

static void format_tick(char *buf, size_t n, double v, int dec) {
    if (v < 0) snprintf(buf, n, MINUS "%.*f", dec, -v);
    else snprintf(buf, n, "%.*f", dec, v);
}

/* matplotlib lays a line of text out with the metrics of "lp" as a minimum:
 * ascent = max(ink ascent, ascent of "lp"), descent likewise. set_font measures "lp" once per size. */
static double LP_ASC, LP_DESC;
static void set_font(cairo_t *cr, double px) {
    cairo_text_extents_t lp;
    cairo_select_font_face(cr, FONT, CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(cr, px);
    cairo_text_extents(cr, "lp", &lp);
    LP_ASC = -lp.y_bearing;
    LP_DESC = lp.height + lp.y_bearing;
}

/* Text anchored at (x, y): ha 0 left, 0.5 centre, 1 right; va 't' top, 'c' centre of the ascent,
 * 'b' baseline, 'B' bottom. Stores the advance in *width when given; returns the box's height. */
static double text_at(cairo_t *cr, double x, double y, const char *s, double ha, char va, double *width) {
    cairo_text_extents_t e;
    cairo_text_extents(cr, s, &e);
    double asc = fmax(-e.y_bearing, LP_ASC), desc = fmax(e.height + e.y_bearing, LP_DESC);
    double by = y;
    if (va == 't') by = y + asc;
    else if (va == 'c') by = y + asc / 2;
    else if (va == 'B') by = y - desc;
    cairo_move_to(cr, x - ha * e.x_advance, by);
    cairo_show_text(cr, s);
    if (width) *width = e.x_advance;
    return asc + desc;
}

void axes_grid(cairo_t *cr, const Axes *a) {
    clip_begin(cr, a);
    set_rgb(cr, GRID);
    cairo_set_line_width(cr, 0.8 * PT);
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_SQUARE);
    for (int i = 0; i < a->nxt; i++) {
        cairo_move_to(cr, PX(a, a->xt[i]), a->t);
        cairo_line_to(cr, PX(a, a->xt[i]), a->t + a->h);
    }
    for (int i = 0; i < a->nyt; i++) {
        cairo_move_to(cr, a->l, PY(a, a->yt[i]));
        cairo_line_to(cr, a->l + a->w, PY(a, a->yt[i]));
    }
    cairo_stroke(cr);
    clip_end(cr);
}

void axes_decorate(cairo_t *cr, const Axes *a, const char *title, const char *xlabel, const char *ylabel) {
    const double fs = 10 * PT, ticklen = 3.5 * PT, pad = 3.5 * PT, labelpad = 4 * PT;
    char buf[64];
    /* the frame (four spines, 0.8 pt) and outward ticks */
    set_rgb(cr, BLACK);
    cairo_set_line_width(cr, 0.8 * PT);
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_SQUARE);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_MITER);
    cairo_rectangle(cr, a->l, a->t, a->w, a->h);
    cairo_stroke(cr);
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT);
    for (int i = 0; i < a->nxt; i++) {
        cairo_move_to(cr, PX(a, a->xt[i]), a->t + a->h);
        cairo_rel_line_to(cr, 0, ticklen);
    }
    for (int i = 0; i < a->nyt; i++) {
        cairo_move_to(cr, a->l, PY(a, a->yt[i]));
        cairo_rel_line_to(cr, -ticklen, 0);
    }
    cairo_stroke(cr);
    /* tick labels; the axis labels go outside the furthest tick label */
    set_font(cr, fs);
    double top = a->t + a->h + ticklen + pad, xlabel_top = top, ylabel_right = a->l, tw, th;
    for (int i = 0; i < a->nxt; i++) {
        format_tick(buf, sizeof buf, a->xt[i], a->xdec);
        th = text_at(cr, PX(a, a->xt[i]), top, buf, 0.5, 't', NULL);
        if (top + th > xlabel_top) xlabel_top = top + th;
    }
    for (int i = 0; i < a->nyt; i++) {
        format_tick(buf, sizeof buf, a->yt[i], a->ydec);
        text_at(cr, a->l - ticklen - pad, PY(a, a->yt[i]), buf, 1.0, 'c', &tw);
        if (a->l - ticklen - pad - tw < ylabel_right) ylabel_right = a->l - ticklen - pad - tw;
    }
    if (xlabel) text_at(cr, a->l + a->w / 2, xlabel_top + labelpad, xlabel, 0.5, 't', NULL);
    if (ylabel) {
        cairo_save(cr);
        cairo_translate(cr, ylabel_right - labelpad, a->t + a->h / 2);
        cairo_rotate(cr, -M_PI / 2);
        text_at(cr, 0, 0, ylabel, 0.5, 'B', NULL);
        cairo_restore(cr);
    }
    if (title) {
        set_font(cr, 12 * PT);
        text_at(cr, a->l + a->w / 2, a->t - 6 * PT, title, 0.5, 'b', NULL);
    }
}

/* lines.dashed_pattern (3.7, 1.6) scaled by the 1.5 pt line width */
static void set_dashed(cairo_t *cr) {
    double d[2] = {3.7 * 1.5 * PT, 1.6 * 1.5 * PT};
    cairo_set_dash(cr, d, 2, 0);
}

void plot_line(cairo_t *cr, const Axes *a, const double *x, const double *y, int n, RGB c, enum LineStyle style) {
    clip_begin(cr, a);
    set_rgb(cr, c);
    cairo_set_line_width(cr, 1.5 * PT);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    if (style == DASHED) {
        set_dashed(cr);
        cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT);
    } else {
        cairo_set_line_cap(cr, CAIRO_LINE_CAP_SQUARE); /* matplotlib's 'projecting' */
    }
    cairo_move_to(cr, PX(a, x[0]), PY(a, y[0]));
    for (int i = 1; i < n; i++) cairo_line_to(cr, PX(a, x[i]), PY(a, y[i]));
    cairo_stroke(cr);
    clip_end(cr);
}

/* 'o' markers: 6 pt circles, filled and edged in the same colour */
void plot_markers(cairo_t *cr, const Axes *a, const double *x, const double *y, int n, RGB c) {
    clip_begin(cr, a);
    set_rgb(cr, c);
    cairo_set_line_width(cr, 1.0 * PT);
    for (int i = 0; i < n; i++) {
        cairo_new_sub_path(cr);
        cairo_arc(cr, PX(a, x[i]), PY(a, y[i]), 3 * PT, 0, 2 * M_PI);
        cairo_fill_preserve(cr);
        cairo_stroke(cr);
    }
    clip_end(cr);
}

void plot_circle(cairo_t *cr, const Axes *a, double r, RGB c) {
    clip_begin(cr, a);
    set_rgb(cr, c);
    cairo_set_line_width(cr, 1.5 * PT);
    cairo_save(cr); /* the data -> pixel scale applies to the path, not to the line width */
    cairo_translate(cr, PX(a, 0), PY(a, 0));
    cairo_scale(cr, a->w / (a->x1 - a->x0), a->h / (a->y1 - a->y0));
    cairo_arc(cr, 0, 0, r, 0, 2 * M_PI);
    cairo_restore(cr);
    cairo_stroke(cr);
    clip_end(cr);
}

void legend(cairo_t *cr, const Axes *a, const LegendEntry *e, int n) {
    const double fs = 10 * PT, pad = 0.4 * fs, spacing = 0.5 * fs, handle = 2.0 * fs, handle_pad = 0.8 * fs,
                 border = 0.5 * fs;
    set_font(cr, fs);
    double row = LP_ASC + LP_DESC, tw = 0;
    for (int i = 0; i < n; i++) {
        cairo_text_extents_t te;
        cairo_text_extents(cr, e[i].label, &te);
        if (te.x_advance > tw) tw = te.x_advance;
    }
    /* the frame: a rounded box, white at 80 % opacity, edged in light grey */
    double bw = 2 * pad + handle + handle_pad + tw, bh = 2 * pad + n * row + (n - 1) * spacing;
    double bx = a->l + border, by = a->t + border, rr = 0.2 * fs;
    cairo_new_sub_path(cr);
    cairo_arc(cr, bx + bw - rr, by + rr, rr, -M_PI / 2, 0);
    cairo_arc(cr, bx + bw - rr, by + bh - rr, rr, 0, M_PI / 2);
    cairo_arc(cr, bx + rr, by + bh - rr, rr, M_PI / 2, M_PI);
    cairo_arc(cr, bx + rr, by + rr, rr, M_PI, 3 * M_PI / 2);
    cairo_close_path(cr);
    cairo_set_source_rgba(cr, 1, 1, 1, 0.8);
    cairo_fill_preserve(cr);
    set_rgb(cr, LEGEND_EDGE);
    cairo_set_line_width(cr, 1.0 * PT);
    cairo_stroke(cr);
    /* one row per entry: a line sample, then the label */
    for (int i = 0; i < n; i++) {
        double cy = by + pad + i * (row + spacing) + row / 2;
        cairo_save(cr);
        set_rgb(cr, e[i].c);
        cairo_set_line_width(cr, 1.5 * PT);
        if (e[i].style == DASHED) set_dashed(cr);
        cairo_move_to(cr, bx + pad, cy);
        cairo_rel_line_to(cr, handle, 0);
        cairo_stroke(cr);
        cairo_restore(cr);
        set_rgb(cr, BLACK);
        cairo_move_to(cr, bx + pad + handle + handle_pad, cy - row / 2 + LP_ASC);
        cairo_show_text(cr, e[i].label);
    }
}
