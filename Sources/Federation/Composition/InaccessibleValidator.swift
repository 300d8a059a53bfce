/// `@inaccessible` rules: an element in the API schema may not reference an
/// inaccessible type (REFERENCED_INACCESSIBLE).
enum InaccessibleValidator {
    static func validate(_ model: SupergraphModel) -> [CompositionError] {
        let hidden = Set(model.types.filter(\.isInaccessible).map(\.name))
        guard !hidden.isEmpty else { return [] }
        var errors: [CompositionError] = []
        let names = Dictionary(uniqueKeysWithValues: model.graphs.map { ($0.enumName, $0.name) })
        func report(_ typeName: String, _ coordinate: String, _ graphs: [String]) {
            errors.append(
                CompositionError.about(
                    String(coordinate.prefix { $0 != "(" }), code: "REFERENCED_INACCESSIBLE",
                    message:
                        "Type \"\(typeName)\" is @inaccessible but is referenced by \"\(coordinate)\", which is in the API schema.",
                    subgraphs: graphs.compactMap { names[$0] }))
        }
        for type in model.types where !type.isInaccessible {
            let typeGraphs = Array(Set(type.joinTypes.map(\.graph))).sorted()
            for field in type.fields where !field.isInaccessible {
                let graphs =
                    field.joinFields.isEmpty ? typeGraphs : field.joinFields.compactMap(\.graph)
                let coordinate = "\(type.name).\(field.name)"
                if hidden.contains(field.type.namedType.value) {
                    report(field.type.namedType.value, coordinate, graphs)
                }
                for argument in field.arguments where !argument.isInaccessible {
                    if hidden.contains(argument.type.namedType.value) {
                        report(
                            argument.type.namedType.value, "\(coordinate)(\(argument.name):)",
                            graphs)
                    }
                }
            }
            for field in type.inputFields where !field.isInaccessible {
                if hidden.contains(field.type.namedType.value) {
                    report(field.type.namedType.value, "\(type.name).\(field.name)", typeGraphs)
                }
            }
        }
        return errors
    }
}
