/* The same frames as `dlplot-dev bench-gif --frames-dir DIR`, quantized with libimagequant (one palette of
 * 255 colours for all frames, no dithering, as dlplot's own quantizer) and written as a GIF the way dlplot
 * writes one (only each frame's changed rectangle, unchanged pixels transparent, giflib's LZW), then measured
 * the same way: mean and largest per-pixel RGB distance, PSNR over the colour channels, GIF bytes, time.
 *
 * libimagequant is GPL-3.0+ and dlplot is Apache-2.0: this program is only for measuring; nothing of dlplot
 * links it. Build and run: bench/gif-quantizer/compare.sh.
 *
 *   compare DIR [OUT.gif]
 */
#include <gif_lib.h>
#include <libimagequant.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static unsigned char *read_file(const char *path, size_t expected) {
    FILE *file = fopen(path, "rb");
    if (!file) return NULL;
    unsigned char *bytes = malloc(expected ? expected : 1);
    size_t got = bytes ? fread(bytes, 1, expected, file) : 0;
    fclose(file);
    if (got != expected) { free(bytes); return NULL; }
    return bytes;
}

typedef struct { unsigned char *bytes; size_t count, capacity; } Buffer;

static int append(GifFileType *gif, const GifByteType *data, int count) {
    Buffer *buffer = gif->UserData;
    if (buffer->count + count > buffer->capacity) {
        size_t capacity = (buffer->capacity + count) * 2;
        unsigned char *grown = realloc(buffer->bytes, capacity);
        if (!grown) return 0;
        buffer->bytes = grown;
        buffer->capacity = capacity;
    }
    memcpy(buffer->bytes + buffer->count, data, count);
    buffer->count += count;
    return count;
}

static double seconds(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

#define CHECK(call) do { if ((call) != GIF_OK) { fprintf(stderr, "compare: %s failed\n", #call); return 1; } } while (0)

int main(int argc, char **argv) {
    if (argc < 2) { fprintf(stderr, "usage: compare DIR [OUT.gif [MAX_COLORS]]\n"); return 2; }
    int max_colors = argc > 3 ? atoi(argv[3]) : 255;
    if (max_colors < 2 || max_colors > 255) { fprintf(stderr, "compare: MAX_COLORS must be 2 to 255\n"); return 2; }
    char path[4096];
    snprintf(path, sizeof path, "%s/info", argv[1]);
    FILE *info = fopen(path, "r");
    int width, height, count;
    if (!info || fscanf(info, "%d %d %d", &width, &height, &count) != 3 || width <= 0 || height <= 0 || count <= 0
        || count > 1000 || (long)width * height > 50000000L) {
        fprintf(stderr, "compare: cannot read %s\n", path);
        return 1;
    }
    int *delays = calloc(count, sizeof *delays);
    for (int i = 0; i < count; i++) if (fscanf(info, "%d", &delays[i]) != 1) delays[i] = 10;
    fclose(info);
    size_t pixels = (size_t)width * height;
    unsigned char **frames = calloc(count, sizeof *frames);
    for (int i = 0; i < count; i++) {
        snprintf(path, sizeof path, "%s/%03d.rgba", argv[1], i);
        if (!(frames[i] = read_file(path, pixels * 4))) { fprintf(stderr, "compare: cannot read %s\n", path); return 1; }
    }

    double start = seconds();
    liq_attr *attr = liq_attr_create();
    liq_set_max_colors(attr, max_colors);
    liq_histogram *histogram = liq_histogram_create(attr);
    liq_image **images = calloc(count, sizeof *images);
    for (int i = 0; i < count; i++) {
        images[i] = liq_image_create_rgba(attr, frames[i], width, height, 0);
        if (liq_histogram_add_image(histogram, attr, images[i]) != LIQ_OK) { fprintf(stderr, "compare: histogram\n"); return 1; }
    }
    liq_result *result;
    if (liq_histogram_quantize(histogram, attr, &result) != LIQ_OK) { fprintf(stderr, "compare: quantize\n"); return 1; }
    liq_set_dithering_level(result, 0);
    unsigned char **indices = calloc(count, sizeof *indices);
    for (int i = 0; i < count; i++) {
        indices[i] = malloc(pixels);
        if (liq_write_remapped_image(result, images[i], indices[i], pixels) != LIQ_OK) { fprintf(stderr, "compare: remap\n"); return 1; }
    }
    const liq_palette *palette = liq_get_palette(result);
    double quantized = seconds();

    /* The error of what is shown. */
    double distance_sum = 0, maximum = 0;
    unsigned long long squared_sum = 0;
    for (int i = 0; i < count; i++)
        for (size_t p = 0; p < pixels; p++) {
            liq_color c = palette->entries[indices[i][p]];
            int dr = frames[i][p * 4] - c.r, dg = frames[i][p * 4 + 1] - c.g, db = frames[i][p * 4 + 2] - c.b;
            int squared = dr * dr + dg * dg + db * db;
            squared_sum += squared;
            double d = sqrt(squared);
            distance_sum += d;
            if (d > maximum) maximum = d;
        }
    double mse = (double)squared_sum / (3.0 * pixels * count);
    double psnr = mse > 0 ? 10 * log10(255.0 * 255.0 / mse) : INFINITY;

    /* The GIF, written as dlplot writes one. */
    int transparent = palette->count, table = 2;
    while (table < transparent + 1) table *= 2;
    GifColorType colors[256] = {{0}};
    for (unsigned k = 0; k < palette->count; k++)
        colors[k] = (GifColorType){palette->entries[k].r, palette->entries[k].g, palette->entries[k].b};
    Buffer buffer = {0};
    int error;
    GifFileType *gif = EGifOpen(&buffer, append, &error);
    if (!gif) { fprintf(stderr, "compare: EGifOpen\n"); return 1; }
    EGifSetGifVersion(gif, true);
    ColorMapObject *map = GifMakeMapObject(table, colors);
    CHECK(EGifPutScreenDesc(gif, width, height, map->BitsPerPixel, 0, map));
    GifFreeMapObject(map);
    unsigned char loop[3] = {1, 0, 0};
    CHECK(EGifPutExtensionLeader(gif, APPLICATION_EXT_FUNC_CODE));
    CHECK(EGifPutExtensionBlock(gif, 11, "NETSCAPE2.0"));
    CHECK(EGifPutExtensionBlock(gif, 3, loop));
    CHECK(EGifPutExtensionTrailer(gif));
    unsigned char *shown = malloc(pixels), *rect = malloc(pixels);
    memset(shown, transparent, pixels);
    for (int i = 0; i < count; i++) {
        int left = width, right = -1, top = height, bottom = -1;
        for (int y = 0; y < height; y++)
            for (int x = 0; x < width; x++)
                if (indices[i][(size_t)y * width + x] != shown[(size_t)y * width + x]) {
                    if (x < left) left = x;
                    if (x > right) right = x;
                    if (y < top) top = y;
                    if (y > bottom) bottom = y;
                }
        if (right < 0) left = right = top = bottom = 0;
        int w = right - left + 1, h = bottom - top + 1;
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++) {
                size_t at = (size_t)(top + y) * width + left + x;
                unsigned char index = indices[i][at];
                rect[(size_t)y * w + x] = index == shown[at] ? transparent : index;
                shown[at] = index;
            }
        GraphicsControlBlock control = {DISPOSE_DO_NOT, false, delays[i], transparent};
        GifByteType extension[4];
        EGifGCBToExtension(&control, extension);
        CHECK(EGifPutExtension(gif, GRAPHICS_EXT_FUNC_CODE, 4, extension));
        CHECK(EGifPutImageDesc(gif, left, top, w, h, false, NULL));
        for (int y = 0; y < h; y++) CHECK(EGifPutLine(gif, rect + (size_t)y * w, w));
    }
    if (EGifCloseFile(gif, &error) != GIF_OK) { fprintf(stderr, "compare: EGifCloseFile\n"); return 1; }
    double written = seconds();
    if (argc > 2) {
        FILE *out = fopen(argv[2], "wb");
        if (!out || fwrite(buffer.bytes, 1, buffer.count, out) != buffer.count || fclose(out) != 0) {
            fprintf(stderr, "compare: cannot write %s\n", argv[2]);
            return 1;
        }
    }
    printf("libimagequant %s: %zu bytes, %u colours, quantize %.1f ms, all %.1f ms; "
           "error mean %.3f, max %.1f, PSNR %.1f dB\n",
           LIQ_VERSION_STRING, buffer.count, palette->count, (quantized - start) * 1000, (written - start) * 1000,
           distance_sum / ((double)pixels * count), maximum, psnr);
    return 0;
}
