/// Byte counts as people read them.
enum ByteCount {
    /// "512 MiB", "7.6 GiB", "900 bytes".
    static func text(_ bytes: Int) -> String {
        let units = ["bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"]
        var value = Double(bytes), unit = 0
        while value >= 1024, unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        if unit == 0 { return "\(bytes) bytes" }
        return value >= 100 || value == value.rounded()
            ? "\(Int(value.rounded())) \(units[unit])" : "\((value * 10).rounded() / 10) \(units[unit])"
    }

    /// A round `--max-memory` value above `bytes`: whole GiB ("8G").
    static func suggestion(_ bytes: Int) -> String {
        let gib = bytes / (1 << 30) + 1
        return "\(gib)G"
    }
}
