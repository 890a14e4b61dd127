import CommonsSupport

extension BarList {
    /// Where everything goes and the markup that puts it there, apart from the public
    /// value so tests can check the geometry without parsing SVG.
    ///
    /// Each row is a line of text — the label on the left, the value on the right — over
    /// its bar. The chart stretches with its column (see `SVGDocument.Sizing.fluid`) up to
    /// `widest`, beyond which a label and its value drift too far apart to read as a pair.
    struct Drawing {
        static let rowHeight = 40.0
        static let barHeight = 14.0
        static let emptyHeight = 48.0
        static let widest = 560.0

        let labels: [String]
        let values: [Double]
        let valueTexts: [String]
        /// The widest a label may be, in pixels, beside the widest value in the narrowest
        /// column; longer ones are cut with "…" (the tooltip keeps them whole).
        let labelWidth: Double

        init(_ list: BarList) {
            values = list.values.map(\.drawable)
            labels = list.labels.padded(to: values.count)
            valueTexts = values.indices.map { index in
                if let texts = list.valueTexts, texts.indices.contains(index) { return texts[index] }
                return list.values[index].drawable.valueText
            }
            let widestValue = valueTexts.map { estimatedWidth($0, fontSize: ChartText.small) }.max() ?? 0
            labelWidth = max(ChartColumn.narrowest / 2, ChartColumn.narrowest - widestValue - 12)
        }

        var height: Double { values.isEmpty ? Self.emptyHeight : Double(values.count) * Self.rowHeight }

        /// Each bar's length as a fraction of the width, rounded as written: proportional
        /// to its value, the largest across the whole width, with a sliver for any value
        /// above 0 so a small share never looks like none.
        var barLengths: [Double] {
            let largest = values.max() ?? 0
            return values.map { value in
                guard largest > 0, value > 0 else { return 0 }
                return max(value / largest, 0.005).roundedToPercentHundredths
            }
        }

        var parts: [String] {
            guard !values.isEmpty else {
                return ["<text x=\"50%\" y=\"28\" text-anchor=\"middle\">No data yet</text>"]
            }
            let lengths = barLengths
            var bars = ""
            var texts = ""
            var valueLabels = ""
            for index in values.indices {
                let top = Double(index) * Self.rowHeight
                let baseline = (top + 15).coordinate
                let label = labels[index].truncated(toWidth: labelWidth, fontSize: ChartText.size)
                let tooltip = labels[index].isEmpty ? valueTexts[index] : "\(labels[index]): \(valueTexts[index])"
                texts += "<text x=\"0\" y=\"\(baseline)\">\(label.escaped(as: .xml, lineEnds: .spaces))</text>"
                bars += "<rect x=\"0\" y=\"\((top + 20).coordinate)\" width=\"\(lengths[index].percentOfWidth)\" height=\"\(Self.barHeight.coordinate)\"><title>\(tooltip.escaped(as: .xml, lineEnds: .spaces))</title></rect>"
                valueLabels += "<text x=\"100%\" y=\"\(baseline)\">\(valueTexts[index].escaped(as: .xml, lineEnds: .spaces))</text>"
            }
            return [texts,
                    "<g fill=\"\(ChartPaint.bar)\">\(bars)</g>",
                    "<g font-size=\"\(ChartText.small.coordinate)\" text-anchor=\"end\">\(valueLabels)</g>"]
        }
    }
}
