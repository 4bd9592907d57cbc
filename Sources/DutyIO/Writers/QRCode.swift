import DutyCore

/// A QR code (ISO/IEC 18004) of a short text, drawn as SVG: the calendar-feed link that a
/// staff member scans with a phone's camera. No package on the list draws QR codes, so this
/// is the format's own small writer — byte mode, error correction level M (15 % of the
/// symbol may be damaged), versions 1 to 10 (up to 213 bytes, far above any feed link).
///
/// The steps are the standard's: the text's bytes in codewords, Reed–Solomon error
/// correction per block, the blocks interleaved, the function patterns drawn, the bits laid
/// in two-column zigzags, and the mask with the lowest penalty applied, with its format
/// information (and, from version 7, the version information).
public struct QRCode: Sendable {
    /// The modules, row by row; `true` is dark.
    public let modules: [[Bool]]
    public let version: Int
    public let mask: Int

    /// The smallest symbol that holds `text`'s UTF-8 bytes, or `nil` when it is longer than 213 bytes.
    /// `mask` forces one of the eight masks (the standard chooses by penalty; tests compare).
    public init?(_ text: String, mask forced: Int? = nil) {
        let bytes = Array(text.utf8)
        guard let version = (1...10).first(where: { Self.capacity(of: $0) >= bytes.count }) else { return nil }
        let codewords = Self.interleaved(Self.dataCodewords(bytes, version: version), version: version)
        var symbol = Symbol(version: version)
        symbol.place(codewords)
        let penalties = (0..<8).map { symbol.masked($0).penalty }
        let choice = forced ?? penalties.indices.min { penalties[$0] < penalties[$1] }!
        self.version = version
        self.mask = choice
        modules = symbol.masked(choice).modules
    }

    /// The symbol as a self-contained SVG with the standard's quiet zone of four modules.
    public func svg(label: String) -> String {
        let size = modules.count, side = size + 8
        var path = ""
        for (y, row) in modules.enumerated() {
            for (x, dark) in row.enumerated() where dark { path += "M\(x + 4) \(y + 4)h1v1h-1z" }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(side) \(side)\" width=\"\(side * 4)\" height=\"\(side * 4)\" role=\"img\" "
            + "aria-label=\"\(TextFormat.escaped(label))\" shape-rendering=\"crispEdges\"><rect width=\"\(side)\" height=\"\(side)\" fill=\"#fff\"/>"
            + "<path d=\"\(path)\" fill=\"#000\"/></svg>"
    }

    // MARK: Codewords

    /// Level M's blocks per version: error-correction codewords per block, then the blocks'
    /// data codewords (group 1, then group 2 with one codeword more).
    private static let blocks: [Int: (correction: Int, data: [Int])] = [
        1: (10, [16]), 2: (16, [28]), 3: (26, [44]), 4: (18, [32, 32]), 5: (24, [43, 43]),
        6: (16, [27, 27, 27, 27]), 7: (18, [31, 31, 31, 31]), 8: (22, [38, 38, 39, 39]),
        9: (22, [36, 36, 36, 37, 37]), 10: (26, [43, 43, 43, 43, 44]),
    ]

    private static func dataCapacity(of version: Int) -> Int { blocks[version]!.data.reduce(0, +) }

    /// Bytes that fit: the mode (4 bits) and the count (8 bits, 16 from version 10) come first.
    private static func capacity(of version: Int) -> Int { (dataCapacity(of: version) * 8 - 4 - (version < 10 ? 8 : 16)) / 8 }

    /// Mode 0100 (bytes), the count, the bytes, the terminator, then the pad codewords 0xEC 0x11.
    private static func dataCodewords(_ bytes: [UInt8], version: Int) -> [UInt8] {
        var bits: [Bool] = []
        func append(_ value: Int, _ count: Int) { for i in stride(from: count - 1, through: 0, by: -1) { bits.append(value >> i & 1 == 1) } }
        append(0b0100, 4)
        append(bytes.count, version < 10 ? 8 : 16)
        for byte in bytes { append(Int(byte), 8) }
        let capacity = dataCapacity(of: version) * 8
        append(0, min(4, capacity - bits.count))
        while bits.count % 8 != 0 { bits.append(false) }
        var codewords = stride(from: 0, to: bits.count, by: 8).map { start in bits[start..<start + 8].reduce(UInt8(0)) { $0 << 1 | ($1 ? 1 : 0) } }
        var pad: UInt8 = 0xEC
        while codewords.count < capacity / 8 {
            codewords.append(pad)
            pad = pad == 0xEC ? 0x11 : 0xEC
        }
        return codewords
    }

    /// The data split into blocks, each followed by its error correction; then the blocks'
    /// data codewords interleaved, then their correction codewords.
    private static func interleaved(_ data: [UInt8], version: Int) -> [UInt8] {
        let (correction, sizes) = blocks[version]!
        var start = 0
        let dataBlocks = sizes.map { size -> [UInt8] in
            defer { start += size }
            return Array(data[start..<start + size])
        }
        let correctionBlocks = dataBlocks.map { ReedSolomon.remainder(of: $0, degree: correction) }
        var result: [UInt8] = []
        for index in 0..<sizes.max()! { for block in dataBlocks where index < block.count { result.append(block[index]) } }
        for index in 0..<correction { for block in correctionBlocks { result.append(block[index]) } }
        return result
    }

    // MARK: The symbol

    /// The grid while it is drawn: which modules are function patterns, never masked.
    private struct Symbol {
        let version: Int
        let size: Int
        var modules: [[Bool]]
        var isFunction: [[Bool]]

        init(version: Int) {
            self.version = version
            size = 17 + 4 * version
            modules = Array(repeating: Array(repeating: false, count: size), count: size)
            isFunction = modules
            drawFunctionPatterns()
        }

        mutating func set(_ x: Int, _ y: Int, _ dark: Bool) {
            modules[y][x] = dark
            isFunction[y][x] = true
        }

        mutating func drawFunctionPatterns() {
            for i in 0..<size {
                set(6, i, i % 2 == 0)
                set(i, 6, i % 2 == 0)
            }
            for (x, y) in [(3, 3), (size - 4, 3), (3, size - 4)] { drawFinder(x, y) }
            let centres = QRCode.alignmentCentres(version)
            for y in centres {
                for x in centres {
                    // Not over a finder pattern.
                    if (x == 6 && y == 6) || (x == 6 && y == centres.last!) || (x == centres.last! && y == 6) { continue }
                    for dy in -2...2 { for dx in -2...2 { set(x + dx, y + dy, max(abs(dx), abs(dy)) != 1) } }
                }
            }
            // Reserved now, written once the mask is known.
            drawFormat(0)
            if version >= 7 {
                let bits = QRCode.versionBits(version)
                for i in 0..<18 {
                    let dark = bits >> i & 1 == 1, a = size - 11 + i % 3, b = i / 3
                    set(a, b, dark)
                    set(b, a, dark)
                }
            }
        }

        /// A finder pattern centred at (x, y) with its light separator.
        mutating func drawFinder(_ x: Int, _ y: Int) {
            for dy in -4...4 {
                for dx in -4...4 {
                    let (column, row) = (x + dx, y + dy)
                    guard (0..<size).contains(column), (0..<size).contains(row) else { continue }
                    let distance = max(abs(dx), abs(dy))
                    set(column, row, distance != 2 && distance != 4)
                }
            }
        }

        /// The format information of level M with `mask`, in both of its copies, and the dark module.
        mutating func drawFormat(_ mask: Int) {
            let bits = QRCode.formatBits(mask: mask)
            func bit(_ i: Int) -> Bool { bits >> i & 1 == 1 }
            for i in 0...5 { set(8, i, bit(i)) }
            set(8, 7, bit(6))
            set(8, 8, bit(7))
            set(7, 8, bit(8))
            for i in 9..<15 { set(14 - i, 8, bit(i)) }
            for i in 0..<8 { set(size - 1 - i, 8, bit(i)) }
            for i in 8..<15 { set(8, size - 15 + i, bit(i)) }
            set(8, size - 8, true)
        }

        /// The codewords' bits in two-column zigzags from the bottom right, around the function patterns.
        mutating func place(_ codewords: [UInt8]) {
            var index = 0
            var right = size - 1
            while right >= 1 {
                if right == 6 { right = 5 }
                let upward = (right + 1) & 2 == 0
                for step in 0..<size {
                    let y = upward ? size - 1 - step : step
                    for x in [right, right - 1] where !isFunction[y][x] {
                        if index < codewords.count * 8 {
                            modules[y][x] = codewords[index >> 3] >> (7 - index & 7) & 1 == 1
                        }
                        index += 1
                    }
                }
                right -= 2
            }
        }

        /// The symbol with `mask` applied to its data modules and its format information written.
        func masked(_ mask: Int) -> (modules: [[Bool]], penalty: Int) {
            var copy = self
            for y in 0..<size {
                for x in 0..<size where !isFunction[y][x] && QRCode.masks(mask, x, y) { copy.modules[y][x].toggle() }
            }
            copy.drawFormat(mask)
            return (copy.modules, QRCode.penalty(copy.modules))
        }
    }

    /// The centres of the alignment patterns, in both directions, for versions 2 to 10.
    private static func alignmentCentres(_ version: Int) -> [Int] {
        switch version {
        case 1: []
        case 2...6: [6, 10 + 4 * version]
        default: [6, [22, 24, 26, 28][version - 7], [38, 42, 46, 50][version - 7]]
        }
    }

    /// Whether mask `mask` flips the module at column `x`, row `y`.
    private static func masks(_ mask: Int, _ x: Int, _ y: Int) -> Bool {
        switch mask {
        case 0: (x + y) % 2 == 0
        case 1: y % 2 == 0
        case 2: x % 3 == 0
        case 3: (x + y) % 3 == 0
        case 4: (x / 3 + y / 2) % 2 == 0
        case 5: x * y % 2 + x * y % 3 == 0
        case 6: (x * y % 2 + x * y % 3) % 2 == 0
        default: ((x + y) % 2 + x * y % 3) % 2 == 0
        }
    }

    /// Level M (00) and the mask, with their BCH(15, 5) code, XORed with 101010000010010.
    private static func formatBits(mask: Int) -> Int {
        let data = mask
        var remainder = data
        for _ in 0..<10 { remainder = remainder << 1 ^ (remainder >> 9) * 0x537 }
        return (data << 10 | remainder) ^ 0x5412
    }

    /// The version with its BCH(18, 6) code.
    private static func versionBits(_ version: Int) -> Int {
        var remainder = version
        for _ in 0..<12 { remainder = remainder << 1 ^ (remainder >> 11) * 0x1F25 }
        return version << 12 | remainder
    }

    /// The standard's four penalties: runs of five or more in a row, 2×2 blocks, finder-like
    /// patterns, and the balance of dark and light.
    private static func penalty(_ modules: [[Bool]]) -> Int {
        let size = modules.count
        var total = 0
        let columns = (0..<size).map { x in modules.map { $0[x] } }
        for line in modules + columns {
            var run = 1
            for i in 1..<size {
                if line[i] == line[i - 1] {
                    run += 1
                    if run == 5 { total += 3 } else if run > 5 { total += 1 }
                } else {
                    run = 1
                }
            }
            let finder: [Bool] = [true, false, true, true, true, false, true]
            for i in 0...(size - 7) where Array(line[i..<i + 7]) == finder {
                let before = i >= 4 && line[(i - 4)..<i].allSatisfy { !$0 }
                let after = i + 11 <= size && line[(i + 7)..<(i + 11)].allSatisfy { !$0 }
                if before || after { total += 40 }
            }
        }
        for y in 0..<(size - 1) {
            for x in 0..<(size - 1) where modules[y][x] == modules[y][x + 1] && modules[y][x] == modules[y + 1][x] && modules[y][x] == modules[y + 1][x + 1] {
                total += 3
            }
        }
        let dark = modules.reduce(0) { $0 + $1.filter { $0 }.count }
        total += abs(dark * 20 - size * size * 10) / (size * size) * 10
        return total
    }
}

/// Reed–Solomon error correction over GF(256) with the QR code's polynomial x⁸+x⁴+x³+x²+1.
private enum ReedSolomon {
    static func multiply(_ a: UInt8, _ b: UInt8) -> UInt8 {
        var product = 0
        for i in stride(from: 7, through: 0, by: -1) {
            product = product << 1 ^ (product >> 7) * 0x11D
            if b >> i & 1 == 1 { product ^= Int(a) }
        }
        return UInt8(product)
    }

    /// The generator polynomial of `degree`, (x − α⁰)(x − α¹)…, its leading 1 left out.
    static func generator(degree: Int) -> [UInt8] {
        var coefficients = Array(repeating: UInt8(0), count: degree)
        coefficients[degree - 1] = 1
        var root: UInt8 = 1
        for _ in 0..<degree {
            for j in 0..<degree {
                coefficients[j] = multiply(coefficients[j], root)
                if j + 1 < degree { coefficients[j] ^= coefficients[j + 1] }
            }
            root = multiply(root, 2)
        }
        return coefficients
    }

    /// The error-correction codewords of `data`: its remainder by the generator.
    static func remainder(of data: [UInt8], degree: Int) -> [UInt8] {
        let divisor = generator(degree: degree)
        var result = Array(repeating: UInt8(0), count: degree)
        for byte in data {
            let factor = byte ^ result.removeFirst()
            result.append(0)
            for i in 0..<degree { result[i] ^= multiply(divisor[i], factor) }
        }
        return result
    }
}
