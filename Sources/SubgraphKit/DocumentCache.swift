import GraphQL
import Synchronization

/// Parsed and validated documents by query text. Subgraphs see the same few
/// operations from the gateway over and over, so the cache stays small; when
/// it fills up it starts again rather than tracking recency.
final class DocumentCache: Sendable {
    enum Entry: Sendable {
        case valid(Document)
        case invalid([GraphQLError])
    }

    private let entries = Mutex<[String: Entry]>([:])
    private let capacity: Int

    init(capacity: Int = 1_000) {
        self.capacity = capacity
    }

    /// The document for `text`, parsed and validated against `schema` on first sight.
    func document(for text: String, schema: Schema) -> Entry {
        if let entry = entries.withLock({ $0[text] }) { return entry }
        let entry: Entry
        do {
            let document = try parse(text)
            let errors = validate(document, against: schema)
            entry = errors.isEmpty ? .valid(document) : .invalid(errors)
        } catch {
            entry = .invalid([error])
        }
        entries.withLock { entries in
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[text] = entry
        }
        return entry
    }
}
