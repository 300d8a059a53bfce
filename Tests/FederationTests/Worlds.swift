import JSON

/// Data shared by the fake subgraphs and the single-schema reference.
enum Worlds {
    /// The benchmark's data: 6 users, 9 products (top 5 first), 11 reviews;
    /// every user's reviews are reviews 1 and 2, every review's author is user 1.
    static let bench: World = {
        var world = World()
        for id in 1...6 {
            world.entities["User:\(id)"] = [
                "__typename": "User", "id": .string("\(id)"), "name": .string("User \(id)"),
                "username": .string("user\(id)"), "birthday": .int(1980 + id),
                "reviews": ["@Review:1", "@Review:2"],
            ]
        }
        for id in 1...11 {
            let product = (id - 1) % 9 + 1
            world.entities["Review:\(id)"] = [
                "__typename": "Review", "id": .string("\(id)"), "body": .string("Review \(id)"),
                "product": .string("@Product:\(product)"), "author": "@User:1",
            ]
        }
        for upc in 1...9 {
            let reviews = (1...11).filter { ($0 - 1) % 9 + 1 == upc }.map {
                JSON.string("@Review:\($0)")
            }
            world.entities["Product:\(upc)"] = [
                "__typename": "Product", "upc": .string("\(upc)"),
                "name": .string("Product \(upc)"),
                "price": .int(100 * upc), "weight": .int(10 + upc), "inStock": .bool(upc % 2 == 1),
                "shippingEstimate": .null, "reviews": .array(reviews),
            ]
        }
        world.root = [
            "users": .array((1...6).map { .string("@User:\($0)") }),
            "topProducts": .array((1...5).map { .string("@Product:\($0)") }),
            "me": "@User:1",
        ]
        return world
    }()

    /// A signed-in user with two forms, submissions by others, and sessions with locations.
    static let xp: World = {
        var world = World()
        func location(_ n: Int) -> JSON {
            [
                "latitude": .double(52.5 + Double(n) / 10), "longitude": .double(13.4),
                "accuracy": .null,
                "recordedAt": .string("2026-01-0\(n)T10:00:00Z"),
            ]
        }
        for id in 1...3 {
            world.entities["User:u\(id)"] = [
                "__typename": "User", "id": .string("u\(id)"), "name": .string("User \(id)"),
                "email": .string("u\(id)@example.com"), "role": "MEMBER", "isActive": true,
                "createdAt": "2025-01-01T00:00:00Z", "lastLogin": .null,
                "forms": id == 1
                    ? [
                        "totalCount": 2, "nodes": ["@Form:f1", "@Form:f2"], "edges": [],
                        "pageInfo": ["hasNextPage": false, "endCursor": .null],
                    ]
                    : [
                        "totalCount": 0, "nodes": [], "edges": [],
                        "pageInfo": ["hasNextPage": false, "endCursor": .null],
                    ],
                "sessions": id == 1 ? ["@Session:s1", "@Session:s2"] : [],
                "lastLocation": id == 1 ? location(1) : .null,
            ]
        }
        for (index, form) in ["f1", "f2"].enumerated() {
            let submissions: [JSON] =
                index == 0 ? ["@FormSubmission:x1", "@FormSubmission:x2"] : []
            world.entities["Form:\(form)"] = [
                "__typename": "Form", "id": .string(form), "title": .string("Form \(form)"),
                "description": .null, "fields": [], "owner": "@User:u1",
                "createdAt": "2025-02-01T00:00:00Z",
                "submissionCount": .int(submissions.count),
                "submissions": [
                    "totalCount": .int(submissions.count), "nodes": .array(submissions),
                    "edges": [],
                    "pageInfo": ["hasNextPage": false, "endCursor": .null],
                ],
            ]
        }
        for (id, user) in [("x1", "u2"), ("x2", "u3")] {
            world.entities["FormSubmission:\(id)"] = [
                "__typename": "FormSubmission", "id": .string(id), "form": "@Form:f1",
                "user": .string("@User:\(user)"), "data": ["answer": 42],
                "createdAt": "2025-03-01T00:00:00Z",
            ]
        }
        for (n, id) in ["s1", "s2"].enumerated() {
            world.entities["Session:\(id)"] = [
                "__typename": "Session", "id": .string(id), "user": "@User:u1",
                "createdAt": .string("2026-01-0\(n + 1)T09:00:00Z"),
                "expiresAt": "2026-02-01T00:00:00Z",
                "lastActivity": "2026-01-05T00:00:00Z", "isActive": true,
                "locations": [location(n + 1)], "lastLocation": n == 0 ? location(2) : .null,
            ]
        }
        world.root = [
            "me": "@User:u1", "session": "@Session:s1", "user": "@User:u2",
            "form": "@Form:f1",
            "users": [
                "totalCount": 3, "nodes": ["@User:u1", "@User:u2", "@User:u3"], "edges": [],
                "pageInfo": ["hasNextPage": false, "endCursor": .null],
            ],
        ]
        return world
    }()
}

extension Worlds {
    /// Data for the features supergraph (catalog, reviews, shipping, users).
    static let features: World = {
        var world = World()
        for n in 1...3 {
            let reviews: [JSON] = (1...n).map { index in
                [
                    "id": .string("r\(n)\(index)"), "body": .string("Review \(index) of p\(n)"),
                    "author": index == 2 ? .null : "@User:u1",
                ]
            }
            world.entities["Product:p\(n)"] = [
                "__typename": "Product", "id": .string("p\(n)"), "sku": .string("sku-\(n)"),
                "name": .string("Product \(n)"), "price": .int(10 * n), "weight": .int(n),
                "shippingCost": .int(10 * n + n),
                "dimensions": ["width": .int(n), "height": .int(2 * n)],
                "reviews": .array(reviews),
            ]
        }
        world.entities["Book:b1"] = [
            "__typename": "Book", "id": "b1", "title": "A Book", "pages": 100,
            "reviews": [["id": "rb", "body": "Good book", "author": .null]],
        ]
        world.entities["Movie:m1"] = [
            "__typename": "Movie", "id": "m1", "title": "A Movie", "minutes": 90,
        ]
        world.entities["User:u1"] = ["__typename": "User", "id": "u1", "name": "Uma"]
        world.root = [
            "product": "@Product:p1",
            "products": ["@Product:p1", "@Product:p2", "@Product:p1", "@Product:p3"],
            "search": ["@Book:b1", "@Movie:m1"], "node": "@Book:b1",
            "topReviews": [["id": "t1", "body": "Top", "author": "@User:u1"]],
            "addProduct": "@Product:p2",
            "ship": ["id": "s1", "product": "@Product:p1"],
        ]
        return world
    }()
}
