import CommonsSupport

extension BarList {
    /// Where everything goes and the markup that puts it there, apart from the public
    /// value so tests can check the geometry without parsing SVG.
    struct Drawing {
        static let width = 480.0
        static let rowHeight = 40.0
        static let barHeight = 14.0
        static let emptyHeight = 48.0

        let labels: [String]
        let values: [Double]
        let valueTexts: [String]
        /// The longest a bar gets, leaving room for the widest value text after it.
        let longestBar: Double

        init(_ list: BarList) {
            values = list.values.map(\.drawable)
            labels = list.labels.padded(to: values.count)
            valueTexts = values.indices.map { index in
                if let texts = list.valueTexts, texts.indices.contains(index) { return texts[index] }
                return list.values[index].drawable.valueText
            }
            let widestValue = valueTexts.map { estimatedWidth($0, fontSize: ChartText.small) }.max() ?? 0
            longestBar = max(Self.width / 4, Self.width - widestValue - 10)
        }

        var height: Double { values.isEmpty ? Self.emptyHeight : Double(values.count) * Self.rowHeight }

        /// Each bar's length, rounded as written: proportional to its value, with a
        /// sliver for any value above 0 so a small share never looks like none.
        var barLengths: [Double] {
            let largest = values.max() ?? 0
            return values.map { value in
                guard largest > 0, value > 0 else { return 0 }
                return max(value / largest * longestBar, 1).roundedToTenths
            }
        }

        var parts: [String] {
            guard !values.isEmpty else {
                return ["<text x=\"\((Self.width / 2).coordinate)\" y=\"28\" text-anchor=\"middle\">No data yet</text>"]
            }
            let lengths = barLengths
            var bars = ""
            var texts = ""
            var valueLabels = ""
            for index in values.indices {
                let top = Double(index) * Self.rowHeight
                let barTop = top + 20
                let label = labels[index].truncated(toWidth: Self.width - 4, fontSize: ChartText.size)
                let tooltip = labels[index].isEmpty ? valueTexts[index] : "\(labels[index]): \(valueTexts[index])"
                texts += "<text x=\"0\" y=\"\((top + 15).coordinate)\">\(label.escaped(as: .xml, lineEnds: .spaces))</text>"
                bars += "<rect x=\"0\" y=\"\(barTop.coordinate)\" width=\"\(lengths[index].coordinate)\" height=\"\(Self.barHeight.coordinate)\"><title>\(tooltip.escaped(as: .xml, lineEnds: .spaces))</title></rect>"
                valueLabels += "<text x=\"\((lengths[index] + 6).coordinate)\" y=\"\((barTop + Self.barHeight / 2 + ChartText.small * 0.35).coordinate)\">\(valueTexts[index].escaped(as: .xml, lineEnds: .spaces))</text>"
            }
            return [texts,
                    "<g fill=\"\(ChartPaint.bar)\">\(bars)</g>",
                    "<g font-size=\"\(ChartText.small.coordinate)\">\(valueLabels)</g>"]
        }
    }
}
