#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Seconds since 1970-01-01T00:00:00Z, the unit of JWT time claims.
public var currentUnixTime: Int { Int(time(nil)) }
