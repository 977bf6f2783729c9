import CCairo

/// Collects the bytes a Cairo stream surface (SVG, PDF) writes.
final class ByteSink {
    var bytes: [UInt8] = []

    /// The `cairo_write_func_t` that appends to the sink passed as its closure pointer.
    static let write: cairo_write_func_t = { closure, data, length in
        guard let closure else { return CAIRO_STATUS_WRITE_ERROR }
        let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
        if let data, length > 0 {
            sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
        }
        return CAIRO_STATUS_SUCCESS
    }

    /// The unretained pointer to hand to Cairo; the owner keeps the sink alive longer than the surface.
    var closure: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }
}
