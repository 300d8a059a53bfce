/// The kinds of lexical token (spec 2.1.6 Token, 2.1.8 Punctuator).
enum TokenKind: UInt8, Sendable {
    case startOfFile, endOfFile
    case bang, dollar, ampersand, parenLeft, parenRight, spread, colon, equals, at
    case bracketLeft, bracketRight, braceLeft, pipe, braceRight
    case name, int, float, string, blockString

    /// The kind as graphql-js names it in syntax error messages.
    var description: String {
        switch self {
        case .startOfFile: "<SOF>"
        case .endOfFile: "<EOF>"
        case .bang: "\"!\""
        case .dollar: "\"$\""
        case .ampersand: "\"&\""
        case .parenLeft: "\"(\""
        case .parenRight: "\")\""
        case .spread: "\"...\""
        case .colon: "\":\""
        case .equals: "\"=\""
        case .at: "\"@\""
        case .bracketLeft: "\"[\""
        case .bracketRight: "\"]\""
        case .braceLeft: "\"{\""
        case .pipe: "\"|\""
        case .braceRight: "\"}\""
        case .name: "Name"
        case .int: "Int"
        case .float: "Float"
        case .string: "String"
        case .blockString: "BlockString"
        }
    }
}

/// A token: its kind and UTF-8 byte range. Values are read from the source on demand.
struct Token: Sendable {
    var kind: TokenKind
    var start: Int
    var end: Int
}

/// A syntax error before it is located in lines and columns.
struct SyntaxError: Error, Sendable {
    var message: String
    var offset: Int

    func located(in source: Source) -> GraphQLError {
        GraphQLError("Syntax Error: \(message)", locations: [source.location(of: offset)])
    }
}
