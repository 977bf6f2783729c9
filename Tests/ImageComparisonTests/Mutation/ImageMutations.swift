import ImageComparison

/// Mutations applied to a decoded golden image (or to its PNG bytes).
enum ImageMutations {
    /// Every image mutant of `golden` (decoded from `goldenPNG`); `other` is another figure's golden PNG.
    static func mutants(golden: RGBAImage, goldenPNG: [UInt8], other: [UInt8]) throws -> [Mutant] {
        func encoded(_ name: String, _ transform: (inout RGBAImage) -> Void) throws -> Mutant {
            var image = golden
            transform(&image)
            return Mutant(name: name, expected: goldenPNG, actual: try PNGCodec.encode(image))
        }
        let (x, y) = inkedPixel(of: golden)
        return [
            try encoded("one pixel off by 1 in one channel") { image in
                guard var p = image[x, y] else { return }
                p.green = p.green == 255 ? 254 : p.green + 1
                image[x, y] = p
            },
            try encoded("alpha-only change (one pixel)") { image in
                guard var p = image[x, y] else { return }
                p.alpha = p.alpha == 255 ? 254 : p.alpha + 1
                image[x, y] = p
            },
            try encoded("1 px shift right") { image in image = shiftedRight(golden) },
            try encoded("blank white image") { image in
                image = RGBAImage(width: golden.width, height: golden.height, filledWith: .white)
            },
            try encoded("fully transparent image") { image in
                image = RGBAImage(width: golden.width, height: golden.height, filledWith: .transparent)
            },
            try encoded("size change (+1 column)") { image in image = paddedRight(golden) },
            Mutant(
                name: "truncated PNG (half)", expected: goldenPNG, actual: Array(goldenPNG.prefix(goldenPNG.count / 2))),
            Mutant(name: "truncated PNG (IEND cut)", expected: goldenPNG, actual: Array(goldenPNG.dropLast(12))),
            Mutant(name: "another figure's golden", expected: goldenPNG, actual: other),
        ]
    }

    /// The first pixel, in reading order from the centre row, that is not plain white: a pixel of ink.
    static func inkedPixel(of image: RGBAImage) -> (Int, Int) {
        for y in (image.height / 2)..<image.height {
            for x in 0..<image.width where image[x, y] != .white { return (x, y) }
        }
        return (image.width / 2, image.height / 2)
    }

    static func shiftedRight(_ image: RGBAImage) -> RGBAImage {
        var out = RGBAImage(width: image.width, height: image.height, filledWith: .white)
        for y in 0..<image.height { for x in 1..<image.width { out[x, y] = image[x - 1, y] } }
        return out
    }

    static func paddedRight(_ image: RGBAImage) -> RGBAImage {
        var out = RGBAImage(width: image.width + 1, height: image.height, filledWith: .white)
        for y in 0..<image.height { for x in 0..<image.width { out[x, y] = image[x, y] } }
        return out
    }
}
