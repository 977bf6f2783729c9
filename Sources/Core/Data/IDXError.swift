/// Why an IDX data file (MNIST's format) could not be read. Every case names the file and what is wrong,
/// in one line, so a command-line tool can print `description` as is.
public enum IDXError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file does not exist or cannot be opened.
    case cannotOpen(path: String)
    /// zlib reported an error while reading (a corrupt or truncated gzip stream, or an I/O error).
    case unreadable(path: String, reason: String)
    /// The file ends before its header or its data do.
    case truncated(path: String, expectedBytes: Int, foundBytes: Int)
    /// The file holds more bytes than its header announces.
    case trailingBytes(path: String, expectedBytes: Int)
    /// The first four bytes are not the magic number of the expected kind of file.
    case wrongMagic(path: String, found: UInt32, expected: UInt32)
    /// A header field (count or dimension) is zero or too large.
    case badDimension(path: String, field: String, value: UInt32, allowed: ClosedRange<Int>)
    /// The header announces more data than a data set of this kind can sensibly hold.
    case tooLarge(path: String, dimensions: [Int], maximumBytes: Int)
    /// The file holds (or, for a pipe or device, delivers) more bytes than any IDX file may.
    case fileTooLarge(path: String, bytes: Int, maximumBytes: Int)
    /// A label is not a class index `0..<classes`.
    case labelOutOfRange(path: String, index: Int, label: UInt8, classes: Int)

    /// The error as one line for the user, naming what was wrong.
    public var description: String {
        switch self {
        case .cannotOpen(let path):
            return "\(path): cannot open the file (missing or not readable)"
        case .unreadable(let path, let reason):
            return "\(path): read error: \(reason) (corrupt or truncated file)"
        case .truncated(let path, let expected, let found):
            return "\(path): file is truncated: expected \(expected) bytes, found only \(found)"
        case .trailingBytes(let path, let expected):
            return
                "\(path): file is longer than its header says (\(expected) bytes expected); not an IDX file of this kind"
        case .wrongMagic(let path, let found, let expected):
            return
                "\(path): magic number \(found) is not \(expected) (\(IDXError.kindName(expected))); found \(IDXError.kindName(found))"
        case .badDimension(let path, let field, let value, let allowed):
            return "\(path): header field \(field) is \(value); allowed \(allowed.lowerBound)...\(allowed.upperBound)"
        case .tooLarge(let path, let dimensions, let maximum):
            let shape = dimensions.map(String.init).joined(separator: " × ")
            return "\(path): header announces \(shape) bytes of data, more than the \(maximum) allowed"
        case .fileTooLarge(let path, let bytes, let maximum):
            return "\(path): file holds \(bytes) bytes or more, more than the \(maximum) an IDX file may have"
        case .labelOutOfRange(let path, let index, let label, let classes):
            return "\(path): label \(label) at index \(index) is not a class in 0...\(classes - 1)"
        }
    }

    /// A reader's name for the kind of IDX file a magic number announces.
    static func kindName(_ magic: UInt32) -> String {
        switch magic {
        case IDXMagic.images: return "an IDX image file"
        case IDXMagic.labels: return "an IDX label file"
        default: return "not an IDX file of unsigned bytes"
        }
    }
}

/// The magic numbers of the two IDX file kinds MNIST uses (big-endian `UInt32` at offset 0).
public enum IDXMagic {
    /// Unsigned bytes, three dimensions (count, rows, columns): 0x00000803.
    public static let images: UInt32 = 2051
    /// Unsigned bytes, one dimension (count): 0x00000801.
    public static let labels: UInt32 = 2049
}
