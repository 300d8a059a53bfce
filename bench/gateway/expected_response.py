#!/usr/bin/env python3
"""Writes the response the benchmark query must get, derived by hand from the data.

The data is the public gateway benchmark's static data (6 users, 9 products,
inventory per product, 11 reviews). The nesting follows query.graphql and the
subgraphs' behaviour: every review's author is user 1 (username "urigo", given
by the reviews subgraph through @provides), every user's reviews are reviews 1
and 2, and shippingEstimate is null because the inventory service looks the
product up by upc alone and so never knows price and weight.

Usage: python3 expected_response.py > expected-response.json
"""

import json
import sys

USERS = [
    ("1", "Uri Goldshtein", "urigo"),
    ("2", "Dotan Simha", "dotansimha"),
    ("3", "Kamil Kisiela", "kamilkisiela"),
    ("4", "Arda Tanrikulu", "ardatan"),
    ("5", "Gil Gardosh", "gilgardosh"),
    ("6", "Laurin Quast", "laurin"),
]

# upc, name, price, weight, inStock
PRODUCTS = [
    ("1", "Table", 899, 100, True),
    ("2", "Couch", 1299, 1000, False),
    ("3", "Glass", 15, 20, False),
    ("4", "Chair", 499, 100, False),
    ("5", "TV", 1299, 1000, True),
    ("6", "Lamp", 6999, 300, True),
    ("7", "Grill", 3999, 2000, True),
    ("8", "Fridge", 100000, 6000, False),
    ("9", "Sofa", 9999, 800, True),
]

LOREM = (
    "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor "
    "incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud "
    "exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat. Duis aute irure "
    "dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla pariatur. "
    "Excepteur sint occaecat cupidatat non proident, sunt in culpa qui officia deserunt "
    "mollit anim id est laborum."
)
SED_UT = (
    "Sed ut perspiciatis unde omnis iste natus error sit voluptatem accusantium doloremque "
    "laudantium, totam rem aperiam, eaque ipsa quae ab illo inventore veritatis et quasi "
    "architecto beatae vitae dicta sunt explicabo. Nemo enim ipsam voluptatem quia voluptas "
    "sit aspernatur aut odit aut fugi"
)
SED_QUIA = (
    "sed quia consequuntur magni dolores eos qui ratione voluptatem sequi nesciunt. Neque "
    "porro quisquam est, qui dolorem ipsum quia dolor sit amet, consectetur, adipisci velit, "
    "sed quia non numquam eius modi tempora incidunt ut labore et dolore magnam aliquam "
    "quaerat voluptatem."
)
UT_ENIM = (
    "Ut enim ad minima veniam, quis nostrum exercitationem ullam corporis suscipit "
    "laboriosam, nisi ut aliquid ex ea commodi consequatur? Quis autem"
)
AT_VERO = (
    "At vero eos et accusamus et iusto odio dignissimos ducimus qui blanditiis praesentium "
    "voluptatum deleniti atque corrupti quos dolores et quas molestias excepturi sint "
    "occaecati cupiditate non provident, similique sunt in culpa qui officia deserunt "
    "mollitia animi, id est laborum et dolorum fuga. Et harum quidem rerum facilis est et "
    "expedita distinctio. Nam libero tempore, cum soluta nobis est eligendi optio cumque "
    "nihil impedit quo minus id quod maxime placeat facere possimus, omnis voluptas "
    "assumenda est, omnis dolor repellendus. Temporibus autem quibusdam et aut officiis "
    "debitis aut rerum necessitatibus saepe eveniet ut et voluptates repudiandae sint et "
    "molestiae non recusandae. Itaque earum rerum hic tenetur a sapiente delectus, ut aut "
    "reiciendis voluptatibus maiores alias consequatur aut perferendis doloribus asperiores "
    "repellat."
)

# id, body, product upc
REVIEWS = [
    ("1", LOREM, "1"),
    ("2", SED_UT, "1"),
    ("3", SED_QUIA, "1"),
    ("4", UT_ENIM, "1"),
    ("5", LOREM, "2"),
    ("6", SED_UT, "2"),
    ("7", SED_QUIA, "2"),
    ("8", UT_ENIM, "2"),
    ("9", UT_ENIM, "3"),
    ("10", UT_ENIM, "4"),
    ("11", AT_VERO, "4"),
]


def user_fields(user_id):
    _, name, username = next(u for u in USERS if u[0] == user_id)
    return {"id": user_id, "username": username, "name": name}


def author_fields():
    # The reviews subgraph provides username "urigo"; accounts gives name of user 1.
    return {"id": "1", "username": "urigo", "name": "Uri Goldshtein"}


def product_fields(upc):
    _, name, price, weight, in_stock = next(p for p in PRODUCTS if p[0] == upc)
    return {
        "inStock": in_stock,
        "name": name,
        "price": price,
        "shippingEstimate": None,
        "upc": upc,
        "weight": weight,
    }


def review_fields(review):
    return {"id": review[0], "body": review[1]}


def reviews_of_user():
    return REVIEWS[0:2]


def reviews_of_product(upc):
    return [r for r in REVIEWS if r[2] == upc]


def author_with_reviews():
    author = author_fields()
    author["reviews"] = [
        {**review_fields(r), "product": product_fields(r[2])} for r in reviews_of_user()
    ]
    return author


def product_with_reviews(upc):
    product = product_fields(upc)
    product["reviews"] = [
        {**review_fields(r), "author": author_with_reviews()} for r in reviews_of_product(upc)
    ]
    return product


def main():
    users = []
    for user_id, _, _ in USERS:
        user = user_fields(user_id)
        user["reviews"] = [
            {**review_fields(r), "product": product_with_reviews(r[2])}
            for r in reviews_of_user()
        ]
        users.append(user)
    top = [product_with_reviews(p[0]) for p in PRODUCTS[:5]]
    response = {"data": {"users": users, "topProducts": top}}
    sys.stdout.write(json.dumps(response, separators=(",", ":"), ensure_ascii=False))


if __name__ == "__main__":
    main()
