/// Type relations the rules need (graphql-js `typeComparators`).
extension Schema {
    /// Whether a value of `subType` may be used where `superType` is expected (covariant).
    func isTypeSubType(_ subType: GraphQLType, of superType: GraphQLType) -> Bool {
        if subType == superType { return true }
        switch (subType, superType) {
        case (.nonNull(let sub), .nonNull(let sup)): return isTypeSubType(sub, of: sup)
        case (_, .nonNull): return false
        case (.nonNull(let sub), _): return isTypeSubType(sub, of: superType)
        case (.list(let sub), .list(let sup)): return isTypeSubType(sub, of: sup)
        case (_, .list), (.list, _): return false
        case (.named(let sub), .named(let sup)):
            guard let superNamed = self[sup], superNamed.isAbstract,
                let subNamed = self[sub]
            else { return false }
            switch subNamed {
            case .object, .interface: return isSubType(sub, of: sup)
            default: return false
            }
        }
    }

    /// Whether some object type could be both `a` and `b`.
    func doTypesOverlap(_ a: NamedType, _ b: NamedType) -> Bool {
        if a.name == b.name { return true }
        if a.isAbstract {
            if b.isAbstract {
                return possibleTypes(of: a.name).contains { isSubType($0.name, of: b.name) }
            }
            return isSubType(b.name, of: a.name)
        }
        if b.isAbstract {
            return isSubType(a.name, of: b.name)
        }
        return false
    }
}

/// Orders strings as graphql-js `naturalCompare` does: runs of digits compare as numbers.
func naturalPrecedes(_ a: String, _ b: String) -> Bool {
    naturalCompare(Array(a.utf16), Array(b.utf16)) < 0
}

private func naturalCompare(_ a: [UInt16], _ b: [UInt16]) -> Int {
    func isDigit(_ unit: UInt16?) -> Bool { unit.map { $0 >= 48 && $0 <= 57 } ?? false }
    var i = 0
    var j = 0
    while i < a.count && j < b.count {
        if isDigit(a[i]) && isDigit(b[j]) {
            var aNumber = 0
            repeat {
                aNumber = aNumber * 10 + Int(a[i]) - 48
                i += 1
            } while i < a.count && isDigit(a[i]) && aNumber > 0
            var bNumber = 0
            repeat {
                bNumber = bNumber * 10 + Int(b[j]) - 48
                j += 1
            } while j < b.count && isDigit(b[j]) && bNumber > 0
            if aNumber != bNumber { return aNumber < bNumber ? -1 : 1 }
        } else {
            if a[i] != b[j] { return a[i] < b[j] ? -1 : 1 }
            i += 1
            j += 1
        }
    }
    return a.count - b.count
}
