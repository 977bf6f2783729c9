/// ImageComparison: decoded-pixel comparison of PNG images.
