/*
 * The C-on-Cairo baseline of `make bench`: writes the six benchmark figures as PNG (cairo image surface,
 * cairo_surface_write_to_png: zlib level 6, adaptive filters) and SVG (cairo SVG surface) into OUTDIR.
 *
 * Build (bench/bench.py does this):
 *   cc -O2 -o baseline_cairo bench/cairo/main.c bench/cairo/plot.c bench/cairo/figures.c $(pkg-config --cflags --libs cairo) -lm
 * Usage: baseline_cairo [--formats png,svg|png|svg|none] [--blank] [--argb] [--repeat N] [--time] OUTDIR
 *   --formats  what to write (default png,svg); none measures the process start alone
 *   --blank    write six blank white PNGs (blank_*.png) instead: the PNG-encoding floor
 *   --argb     an ARGB32 image surface (RGBA PNGs, as matplotlib writes) instead of RGB24
 *   --repeat N draw everything N times in one process
 *   --time     print each round's in-process times to stderr (draw, PNG encoding, SVG)
 */
#include "plot.h"

#include <cairo-svg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

static void paint_white(cairo_t *cr) {
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
}

static int failed(cairo_status_t status, const char *what, const char *path) {
    if (status == CAIRO_STATUS_SUCCESS) return 0;
    fprintf(stderr, "baseline_cairo: %s %s: %s\n", what, path, cairo_status_to_string(status));
    return 1;
}

typedef struct { int png, svg, blank, argb, repeat, timing; const char *outdir; } Options;

/* Returns 0 and fills *o, or 1 for a bad command line. */
static int parse(int argc, char **argv, Options *o) {
    *o = (Options){.png = 1, .svg = 1, .repeat = 1};
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--blank")) o->blank = 1;
        else if (!strcmp(argv[i], "--argb")) o->argb = 1;
        else if (!strcmp(argv[i], "--time")) o->timing = 1;
        else if (!strcmp(argv[i], "--repeat") && i + 1 < argc) o->repeat = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--formats") && i + 1 < argc) {
            o->png = strstr(argv[i + 1], "png") != NULL;
            o->svg = strstr(argv[i + 1], "svg") != NULL;
            i++;
        } else if (!o->outdir && argv[i][0] != '-') o->outdir = argv[i];
        else return 1;
    }
    return o->outdir == NULL || o->repeat < 1;
}

int main(int argc, char **argv) {
    Options o;
    if (parse(argc, argv, &o)) {
        fprintf(stderr, "usage: baseline_cairo [--formats png,svg|png|svg|none] [--blank] [--argb] [--repeat N] [--time] OUTDIR\n");
        return 2;
    }
    cairo_format_t format = o.argb ? CAIRO_FORMAT_ARGB32 : CAIRO_FORMAT_RGB24;
    char path[4096];
    int errors = 0;
    double start = now();
    for (int round = 0; round < o.repeat; round++) {
        double t_draw = 0, t_png = 0, t_svg = 0, t0, t1;
        for (int f = 0; f < 6; f++) {
            const Figure *fig = &FIGURES[f];
            if (o.png || o.blank) {
                t0 = now();
                cairo_surface_t *s = cairo_image_surface_create(format, W, H);
                cairo_t *cr = cairo_create(s);
                paint_white(cr);
                if (!o.blank) fig->draw(cr);
                errors += failed(cairo_status(cr), "draw", fig->name);
                cairo_destroy(cr);
                cairo_surface_flush(s);
                t1 = now();
                snprintf(path, sizeof path, "%s/%s%s.png", o.outdir, o.blank ? "blank_" : "", fig->name);
                errors += failed(cairo_surface_write_to_png(s, path), "write", path);
                cairo_surface_destroy(s);
                t_draw += t1 - t0;
                t_png += now() - t1;
            }
            if (o.svg && !o.blank) {
                t0 = now();
                snprintf(path, sizeof path, "%s/%s.svg", o.outdir, fig->name);
                cairo_surface_t *s = cairo_svg_surface_create(path, W, H);
                cairo_svg_surface_set_document_unit(s, CAIRO_SVG_UNIT_PX);
                cairo_t *cr = cairo_create(s);
                paint_white(cr);
                fig->draw(cr);
                errors += failed(cairo_status(cr), "draw", path);
                cairo_destroy(cr);
                cairo_surface_finish(s);
                errors += failed(cairo_surface_status(s), "write", path);
                cairo_surface_destroy(s);
                t_svg += now() - t0;
            }
        }
        if (o.timing)
            fprintf(stderr, "round=%d render_s=%.5f draw_s=%.5f png_encode_s=%.5f svg_s=%.5f\n", round,
                    t_draw + t_png + t_svg, t_draw, t_png, t_svg);
    }
    if (o.timing) fprintf(stderr, "total_s=%.5f\n", now() - start);
    return errors ? 1 : 0;
}
