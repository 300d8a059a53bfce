/// One difference between two versions of a schema, with how it affects clients.
public struct SchemaChange: Sendable, Hashable {
    /// How a change affects operations written against the old schema.
    public enum Severity: String, Sendable, Hashable, Comparable {
        /// Some valid operation stops validating or gets a differently shaped result.
        case breaking
        /// Operations still validate, but clients may see values they do not expect.
        case dangerous
        /// No client can observe it except through introspection.
        case safe

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs.rank < rhs.rank
        }

        private var rank: Int {
            switch self {
            case .breaking: 0
            case .dangerous: 1
            case .safe: 2
            }
        }
    }

    /// The stable code of a change. Codes graphql-js's `findBreakingChanges` and
    /// `findDangerousChanges` name carry the same spelling and messages.
    public struct Kind: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
        public let rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        // Breaking, as graphql-js classifies them.
        public static let typeRemoved = Kind(rawValue: "TYPE_REMOVED")
        public static let typeChangedKind = Kind(rawValue: "TYPE_CHANGED_KIND")
        public static let typeRemovedFromUnion = Kind(rawValue: "TYPE_REMOVED_FROM_UNION")
        public static let valueRemovedFromEnum = Kind(rawValue: "VALUE_REMOVED_FROM_ENUM")
        public static let requiredInputFieldAdded = Kind(rawValue: "REQUIRED_INPUT_FIELD_ADDED")
        public static let implementedInterfaceRemoved = Kind(
            rawValue: "IMPLEMENTED_INTERFACE_REMOVED")
        public static let fieldRemoved = Kind(rawValue: "FIELD_REMOVED")
        public static let fieldChangedKind = Kind(rawValue: "FIELD_CHANGED_KIND")
        public static let requiredArgAdded = Kind(rawValue: "REQUIRED_ARG_ADDED")
        public static let argRemoved = Kind(rawValue: "ARG_REMOVED")
        public static let argChangedKind = Kind(rawValue: "ARG_CHANGED_KIND")
        public static let directiveRemoved = Kind(rawValue: "DIRECTIVE_REMOVED")
        public static let directiveArgRemoved = Kind(rawValue: "DIRECTIVE_ARG_REMOVED")
        public static let requiredDirectiveArgAdded = Kind(
            rawValue: "REQUIRED_DIRECTIVE_ARG_ADDED")
        public static let directiveRepeatableRemoved = Kind(
            rawValue: "DIRECTIVE_REPEATABLE_REMOVED")
        public static let directiveLocationRemoved = Kind(rawValue: "DIRECTIVE_LOCATION_REMOVED")

        // Dangerous, as graphql-js classifies them.
        public static let valueAddedToEnum = Kind(rawValue: "VALUE_ADDED_TO_ENUM")
        public static let typeAddedToUnion = Kind(rawValue: "TYPE_ADDED_TO_UNION")
        public static let optionalInputFieldAdded = Kind(rawValue: "OPTIONAL_INPUT_FIELD_ADDED")
        public static let optionalArgAdded = Kind(rawValue: "OPTIONAL_ARG_ADDED")
        public static let implementedInterfaceAdded = Kind(
            rawValue: "IMPLEMENTED_INTERFACE_ADDED")
        public static let argDefaultValueChange = Kind(rawValue: "ARG_DEFAULT_VALUE_CHANGE")

        // Kinds graphql-js does not report.
        /// A root operation type now names another type (or none): breaking.
        public static let rootTypeChanged = Kind(rawValue: "ROOT_TYPE_CHANGED")
        /// `@oneOf` added to an input type: breaking, since objects with several fields stop
        /// validating.
        public static let oneOfAdded = Kind(rawValue: "ONE_OF_ADDED")
        /// An input field's default value changed or was removed: dangerous.
        public static let inputFieldDefaultValueChange = Kind(
            rawValue: "INPUT_FIELD_DEFAULT_VALUE_CHANGE")
        /// An argument or input field gained a default value: dangerous.
        public static let defaultValueAdded = Kind(rawValue: "DEFAULT_VALUE_ADDED")
        /// A deprecation was withdrawn: dangerous (clients may have stopped relying on it).
        public static let deprecationRemoved = Kind(rawValue: "DEPRECATION_REMOVED")
        /// `@oneOf` removed from an input type: dangerous.
        public static let oneOfRemoved = Kind(rawValue: "ONE_OF_REMOVED")
        public static let typeAdded = Kind(rawValue: "TYPE_ADDED")
        public static let fieldAdded = Kind(rawValue: "FIELD_ADDED")
        public static let directiveAdded = Kind(rawValue: "DIRECTIVE_ADDED")
        public static let optionalDirectiveArgAdded = Kind(rawValue: "OPTIONAL_DIRECTIVE_ARG_ADDED")
        public static let directiveLocationAdded = Kind(rawValue: "DIRECTIVE_LOCATION_ADDED")
        public static let directiveRepeatableAdded = Kind(rawValue: "DIRECTIVE_REPEATABLE_ADDED")
        /// Output made non-null or input made nullable: safe for every operation.
        public static let typeChangedSafely = Kind(rawValue: "TYPE_CHANGED_SAFELY")
        public static let deprecationAdded = Kind(rawValue: "DEPRECATION_ADDED")
        public static let deprecationReasonChanged = Kind(rawValue: "DEPRECATION_REASON_CHANGED")
        public static let descriptionChanged = Kind(rawValue: "DESCRIPTION_CHANGED")

        /// Kinds graphql-js 16 reports, for differential tests.
        public static let graphQLJSKinds: Set<Kind> = [
            .typeRemoved, .typeChangedKind, .typeRemovedFromUnion, .valueRemovedFromEnum,
            .requiredInputFieldAdded, .implementedInterfaceRemoved, .fieldRemoved,
            .fieldChangedKind, .requiredArgAdded, .argRemoved, .argChangedKind, .directiveRemoved,
            .directiveArgRemoved, .requiredDirectiveArgAdded, .directiveRepeatableRemoved,
            .directiveLocationRemoved, .valueAddedToEnum, .typeAddedToUnion,
            .optionalInputFieldAdded, .optionalArgAdded, .implementedInterfaceAdded,
            .argDefaultValueChange,
        ]
    }

    public var kind: Kind
    public var severity: Severity
    /// A sentence; for graphql-js kinds, graphql-js's own description.
    public var message: String
    /// The schema coordinate changed (`Type`, `Type.field`, `Type.field(arg:)`,
    /// `Enum.VALUE`, `@directive`).
    public var coordinate: String

    public init(_ kind: Kind, _ severity: Severity, _ message: String, at coordinate: String) {
        self.kind = kind
        self.severity = severity
        self.message = message
        self.coordinate = coordinate
    }
}
