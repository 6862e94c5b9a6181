import EventModel

/// Events over time under the map: stacked bars per day, week or month, coloured by type,
/// with month (or year) ticks and the map's period highlighted when the strip is longer.
struct TimelineStrip {
    enum Unit: String { case day, week, month }

    var range: ClosedRange<Day>
    var highlight: ClosedRange<Day>?
    /// Event start days and types inside ``range``.
    var events: [(day: Day, type: EventType)]

    /// Days per bar: day up to four months, week up to four years, month beyond.
    var unit: Unit {
        let span = range.upperBound.ordinal - range.lowerBound.ordinal + 1
        return span <= 123 ? .day : span <= 4 * 366 ? .week : .month
    }

    /// The first day of the bin holding `d`.
    func binStart(_ d: Day) -> Day {
        switch unit {
        case .day: return d
        case .week: return d.adding(days: 1 - d.weekday)
        case .month: return d.firstOfMonth
        }
    }

    func binEnd(_ start: Day) -> Day {
        switch unit {
        case .day: return start
        case .week: return start.adding(days: 6)
        case .month: return start.lastOfMonth
        }
    }

    /// Draws the strip into `rect` (bars, axis and ticks all inside it).
    func draw(in rect: PixelRect, into w: inout SVGWriter) {
        let f = SVGWriter.num
        let first = range.lowerBound.ordinal, days = Double(range.upperBound.ordinal - first + 1)
        let barTop = rect.y + 18, barBottom = rect.maxY - 30
        func x(_ ordinal: Int) -> Double { rect.x + (Double(ordinal - first) / days) * rect.width }
        // Counts per bin and type.
        var bins: [Int: [Int]] = [:]
        for e in events where range.contains(e.day) {
            let s = binStart(e.day).ordinal
            let t = SymbolStyle.order.firstIndex(of: e.type) ?? 0
            bins[s, default: Array(repeating: 0, count: SymbolStyle.order.count)][t] += 1
        }
        let peak = max(1, bins.values.map { $0.reduce(0, +) }.max() ?? 1)
        let yScale = (barBottom - barTop) / Double(peak)
        w.raw("<g id=\"timeline\">\n")
        let heading = "Events per \(unit.rawValue), by type"
        w.raw("<text x=\"\(f(rect.x))\" y=\"\(f(rect.y + 10))\" font-size=\"11\" font-weight=\"bold\" fill=\"#333333\">\(heading)</text>\n")
        w.raw("<text x=\"\(f(rect.x + LabelPlacer.width(heading, size: 11) * 1.1 + 14))\" y=\"\(f(rect.y + 10))\" font-size=\"9\" fill=\"#555555\">tallest bar: \(peak)</text>\n")
        if let h = highlight, h != range, h.lowerBound >= range.lowerBound || h.upperBound <= range.upperBound {
            let a = x(max(h.lowerBound, range.lowerBound).ordinal), b = x(min(h.upperBound, range.upperBound).ordinal + 1)
            w.raw("<rect id=\"timeline-period\" x=\"\(f(a))\" y=\"\(f(barTop - 4))\" width=\"\(f(max(1.5, b - a)))\" height=\"\(f(barBottom - barTop + 4))\" fill=\"#FFE9A8\" stroke=\"#E0B000\" stroke-width=\"0.6\"/>\n")
            w.raw("<text x=\"\(f((a + b) / 2))\" y=\"\(f(barTop - 6))\" font-size=\"9\" fill=\"#8A6D00\" text-anchor=\"middle\">this map</text>\n")
        }
        // One path per type: each bar a rectangle, stacked in legend order.
        var paths = Array(repeating: "", count: SymbolStyle.order.count)
        for (s, counts) in bins.sorted(by: { $0.key < $1.key }) {
            let x0 = x(s), x1 = x(binEnd(Day(ordinal: s)).ordinal + 1)
            let wd = max(0.6, (x1 - x0) - (x1 - x0 > 3 ? 0.6 : 0))
            var y = barBottom
            for (t, n) in counts.enumerated() where n > 0 {
                let h = Double(n) * yScale
                y -= h
                paths[t] += "M\(f(max(rect.x, x0))) \(f(y))h\(f(wd))v\(f(h))h\(f(-wd))Z"
            }
        }
        for (t, d) in paths.enumerated() where !d.isEmpty {
            w.raw("<path class=\"bars\" data-type=\"\(SVGWriter.escape(SymbolStyle.order[t].rawValue))\" d=\"\(d)\" fill=\"\(SymbolStyle.of(SymbolStyle.order[t]).colour)\"/>\n")
        }
        w.raw("<line x1=\"\(f(rect.x))\" y1=\"\(f(barBottom))\" x2=\"\(f(rect.maxX))\" y2=\"\(f(barBottom))\" stroke=\"#333333\" stroke-width=\"0.8\"/>\n")
        drawTicks(x: x, barBottom: barBottom, rect: rect, into: &w)
        w.raw("</g>\n")
    }

    private func drawTicks(x: (Int) -> Double, barBottom: Double, rect: PixelRect, into w: inout SVGWriter) {
        let f = SVGWriter.num
        let months = (range.upperBound.year - range.lowerBound.year) * 12 + range.upperBound.month - range.lowerBound.month + 1
        var ticks = "", labels = ""
        var m = range.lowerBound.firstOfMonth
        var lastLabelX = -Double.infinity
        while m <= range.upperBound {
            let px = x(max(m, range.lowerBound).ordinal)
            let big = months > 24 ? m.month == 1 : true
            ticks += "M\(f(px)) \(f(barBottom))v\(big ? 6 : 3)"
            var text: String?
            if months <= 24 {
                text = (m.month == 1 || m == range.lowerBound.firstOfMonth) ? "\(MapWords.shortMonths[m.month - 1]) \(m.year)" : MapWords.shortMonths[m.month - 1]
            } else if m.month == 1 || m == range.lowerBound.firstOfMonth {
                text = String(m.year)
            }
            if let t = text, px - lastLabelX > LabelPlacer.width(t, size: 9) + 6, px < rect.maxX - 10 {
                labels += "<text x=\"\(f(px + 2))\" y=\"\(f(barBottom + 16))\">\(t)</text>"
                lastLabelX = px
            }
            m = m.lastOfMonth.adding(days: 1)
        }
        if months <= 2 {
            // Short strips: day numbers every week.
            var d = range.lowerBound
            while d <= range.upperBound {
                if [8, 15, 22, 29].contains(d.day) {
                    let px = x(d.ordinal)
                    ticks += "M\(f(px)) \(f(barBottom))v3"
                    labels += "<text x=\"\(f(px + 2))\" y=\"\(f(barBottom + 16))\">\(d.day)</text>"
                }
                d = d.adding(days: 1)
            }
        }
        w.raw("<path d=\"\(ticks)\" stroke=\"#333333\" stroke-width=\"0.8\"/>\n")
        w.raw("<g font-size=\"9\" fill=\"#333333\">\(labels)</g>\n")
    }
}
