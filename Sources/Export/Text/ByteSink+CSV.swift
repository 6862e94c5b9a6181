extension ByteSink {
    /// Appends one CSV text cell (RFC 4180), neutralised against spreadsheet formula injection.
    ///
    /// A cell whose first byte is `=`, `+`, `-`, `@`, TAB or CR gets a leading `'`, so
    /// spreadsheets show it as text instead of evaluating it (OWASP's advice for CSV
    /// injection). The cell is quoted when it holds a comma, a quote, CR or LF (or got the
    /// prefix after a TAB/CR); quotes inside are doubled. Use this only for text columns:
    /// numbers go through ``append(int:)`` and ``append(fixed6:)`` and are never touched.
    mutating func append(csvText s: String) {
        var s = s
        s.withUTF8 { u in
            guard let first = u.first else { return }
            let risky = first == UInt8(ascii: "=") || first == UInt8(ascii: "+") || first == UInt8(ascii: "-")
                || first == UInt8(ascii: "@") || first == 0x09 || first == 0x0D
            let needsQuotes = ByteScan.needsCSVQuotes(u)
            if needsQuotes { append(UInt8(ascii: "\"")) }
            if risky { append(UInt8(ascii: "'")) }
            if needsQuotes {
                var start = 0
                for i in 0..<u.count where u[i] == 0x22 {
                    append(bytes: UnsafeBufferPointer(rebasing: u[start...i]))
                    append(UInt8(ascii: "\""))
                    start = i + 1
                }
                append(bytes: UnsafeBufferPointer(rebasing: u[start...]))
                append(UInt8(ascii: "\""))
            } else {
                append(bytes: u)
            }
        }
    }
}
