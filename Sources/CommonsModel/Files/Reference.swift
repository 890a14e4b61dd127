/// A handle or slug that a file names, and where: what resolution checks against the
/// files that define them.
///
/// A contribution or proposal that cannot be read whole (a bad date, a missing field)
/// still hands over the references it could read, so that one `check` reports an unknown
/// project in it beside its bad date, instead of after the date is fixed.
struct Reference: Sendable {
    enum Noun: String, Sendable {
        case contributor, project, author
        /// "vote by unknown contributor …"
        case voter
    }

    var noun: Noun
    var name: String
    var position: Position
}
