/// Walks an executable document in graphql-js order, keeping `typeInfo` in step
/// and telling the visitor about each node.
///
/// Type system definitions are not walked: in a request they are only ever
/// reported as not executable.
struct DocumentWalker {
    let typeInfo: TypeInfo
    let visitor: any DocumentVisitor

    func walk(_ document: Document) {
        visitor.enterDocument(document)
        for definition in document.definitions {
            if visitor.isDone { return }
            switch definition {
            case .operation(let operation): walk(operation)
            case .fragment(let fragment): walk(fragment)
            default: continue
            }
        }
        visitor.leaveDocument(document)
    }

    func walk(_ operation: OperationDefinition) {
        typeInfo.enterOperation(operation)
        visitor.enterOperation(operation)
        for variable in operation.variableDefinitions {
            walk(variable)
        }
        walk(operation.directives, at: operation.operation.directiveLocation)
        walk(operation.selectionSet)
        visitor.leaveOperation(operation)
        typeInfo.leaveTypedNode()
    }

    func walk(_ fragment: FragmentDefinition) {
        typeInfo.enterFragment(typeCondition: fragment.typeCondition)
        visitor.enterFragment(fragment)
        visitor.enterNamedType(fragment.typeCondition)
        walk(fragment.directives, at: .fragmentDefinition)
        walk(fragment.selectionSet)
        visitor.leaveFragment(fragment)
        typeInfo.leaveTypedNode()
    }

    private func walk(_ variable: VariableDefinition) {
        typeInfo.enterVariableDefinition(variable)
        visitor.enterVariableDefinition(variable)
        visitor.enterNamedType(variable.type.namedType)
        if let defaultValue = variable.defaultValue {
            walk(defaultValue)
        }
        walk(variable.directives, at: .variableDefinition)
        visitor.leaveVariableDefinition(variable)
        typeInfo.leaveVariableDefinition()
    }

    private func walk(_ selectionSet: SelectionSet) {
        if visitor.isDone { return }
        typeInfo.enterSelectionSet()
        visitor.enterSelectionSet(selectionSet)
        for selection in selectionSet.selections {
            switch selection {
            case .field(let field): walk(field)
            case .fragmentSpread(let spread):
                visitor.enterFragmentSpread(spread)
                walk(spread.directives, at: .fragmentSpread)
            case .inlineFragment(let fragment): walk(fragment)
            }
        }
        visitor.leaveSelectionSet(selectionSet)
        typeInfo.leaveSelectionSet()
    }

    private func walk(_ field: Field) {
        typeInfo.enterField(field)
        visitor.enterField(field)
        for argument in field.arguments {
            walk(argument)
        }
        walk(field.directives, at: .field)
        if let selectionSet = field.selectionSet {
            walk(selectionSet)
        }
        visitor.leaveField(field)
        typeInfo.leaveField()
    }

    private func walk(_ fragment: InlineFragment) {
        typeInfo.enterFragment(typeCondition: fragment.typeCondition)
        visitor.enterInlineFragment(fragment)
        if let typeCondition = fragment.typeCondition {
            visitor.enterNamedType(typeCondition)
        }
        walk(fragment.directives, at: .inlineFragment)
        walk(fragment.selectionSet)
        visitor.leaveInlineFragment(fragment)
        typeInfo.leaveTypedNode()
    }

    private func walk(_ directives: [Directive], at location: DirectiveLocation) {
        for directive in directives {
            typeInfo.enterDirective(directive)
            visitor.enterDirective(directive, at: location)
            for argument in directive.arguments {
                walk(argument)
            }
            visitor.leaveDirective(directive, at: location)
            typeInfo.leaveDirective()
        }
    }

    private func walk(_ argument: Argument) {
        typeInfo.enterArgument(argument)
        visitor.enterArgument(argument)
        walk(argument.value)
        visitor.leaveArgument(argument)
        typeInfo.leaveArgument()
    }

    private func walk(_ value: Value) {
        typeInfo.enterValue(value)
        visitor.enterValue(value)
        switch value.kind {
        case .list(let items):
            for item in items {
                walk(item)
            }
        case .object(let fields):
            for field in fields {
                typeInfo.enterObjectField(field)
                visitor.enterObjectField(field)
                walk(field.value)
                visitor.leaveObjectField(field)
                typeInfo.leaveObjectField()
            }
        default:
            break
        }
        visitor.leaveValue(value)
        typeInfo.leaveValue(value)
    }
}

extension OperationType {
    /// The directive location of an operation of this type.
    var directiveLocation: DirectiveLocation {
        switch self {
        case .query: .query
        case .mutation: .mutation
        case .subscription: .subscription
        }
    }
}
