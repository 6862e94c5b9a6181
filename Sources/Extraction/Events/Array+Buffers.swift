/// Small array helpers for the per-sentence buffers and lists of the event rules.
extension Array {
    /// `filter(isIncluded)`, the array itself (its storage shared, nothing allocated) when every
    /// element is kept.
    func keeping(_ isIncluded: (Element) -> Bool) -> [Element] {
        allSatisfy(isIncluded) ? self : filter(isIncluded)
    }

    /// Empties a buffer kept between sentences, keeping its storage: the few elements such a
    /// buffer holds are taken off one by one, cheaper than `removeAll(keepingCapacity: true)`
    /// (~80 instructions a call, through `replaceSubrange`, even for one element).
    @inline(__always)
    mutating func empty() {
        while !isEmpty { removeLast() }
    }
}
