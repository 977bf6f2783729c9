extension Array where Element: BinaryFloatingPoint {
    /// The sum of the elements in numpy's order (`np.sum` on a contiguous float array).
    ///
    /// numpy adds contiguous data by pairwise summation: blocks of fewer than 8 elements left to right,
    /// blocks of up to 128 with eight interleaved accumulators combined as ((r0+r1)+(r2+r3))+((r4+r5)+(r6+r7))
    /// plus the remainder, longer runs split in halves (rounded to multiples of 8). Summing in the same
    /// order makes results such as the book's SSE `0.5975` agree with numpy to the last bit
    /// (a plain left-to-right sum gives `0.5974999999999999`).
    package func pairwiseSum() -> Element {
        withUnsafeBufferPointer { Self.pairwiseSum($0) }
    }

    static func pairwiseSum(_ values: UnsafeBufferPointer<Element>) -> Element {
        let n = values.count
        if n < 8 {
            var sum: Element = 0
            for value in values { sum += value }
            return sum
        }
        if n <= 128 {
            var r = (values[0], values[1], values[2], values[3], values[4], values[5], values[6], values[7])
            var i = 8
            while i < n - n % 8 {
                r.0 += values[i]
                r.1 += values[i + 1]
                r.2 += values[i + 2]
                r.3 += values[i + 3]
                r.4 += values[i + 4]
                r.5 += values[i + 5]
                r.6 += values[i + 6]
                r.7 += values[i + 7]
                i += 8
            }
            var sum = ((r.0 + r.1) + (r.2 + r.3)) + ((r.4 + r.5) + (r.6 + r.7))
            while i < n {
                sum += values[i]
                i += 1
            }
            return sum
        }
        var half = n / 2
        half -= half % 8
        let left = UnsafeBufferPointer(rebasing: values[0..<half])
        let right = UnsafeBufferPointer(rebasing: values[half..<n])
        return pairwiseSum(left) + pairwiseSum(right)
    }
}

extension ArraySlice where Element: BinaryFloatingPoint {
    /// The sum of the elements in numpy's pairwise order; see `Array.pairwiseSum()`.
    package func pairwiseSum() -> Element {
        withUnsafeBufferPointer { [Element].pairwiseSum($0) }
    }
}
