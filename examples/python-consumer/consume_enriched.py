#!/usr/bin/env python3
"""Reads Marsad's enriched stream as a downstream application should.

- isolation.level=read_committed: records of an aborted enrich transaction are never delivered;
- the key is the article id; a null value is a takedown: delete the article downstream;
- a later record for the same id replaces the earlier one (re-enrichment after a replay);
- offsets are committed after a record is handled (at-least-once: upsert by id, so a redelivery is harmless).

Prints one JSON object per record. Needs confluent-kafka (Debian: python3-confluent-kafka).

    python3 consume_enriched.py --bootstrap-servers localhost:9092 --group my-app [--max-messages N]
"""
import argparse
import json
import sys

from confluent_kafka import Consumer, KafkaException

ENRICHED_TOPIC = "marsad.articles.enriched"


def event(key, value):
    article_id = key.decode("utf-8")
    if value is None:
        return {"id": article_id, "event": "takedown"}
    article = json.loads(value)
    return {
        "id": article_id,
        "event": "upsert",
        "schemaVersion": article["schemaVersion"],
        "title": article["title"],
        "entities": [e["id"] or e["text"] for e in article.get("entities", [])],
        # Amounts are decimal strings on the wire: parse them with decimal.Decimal, never float.
        "amounts": [[m.get("amount"), m.get("currency")] for m in article.get("money", [])],
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bootstrap-servers", required=True)
    parser.add_argument("--group", required=True)
    parser.add_argument("--max-messages", type=int, default=0, help="exit after this many records (0: run until Ctrl-C)")
    args = parser.parse_args()

    consumer = Consumer({
        "bootstrap.servers": args.bootstrap_servers,
        "group.id": args.group,
        "isolation.level": "read_committed",
        "auto.offset.reset": "earliest",
        "enable.auto.commit": False,
    })
    consumer.subscribe([ENRICHED_TOPIC])
    handled = 0
    try:
        while args.max_messages == 0 or handled < args.max_messages:
            message = consumer.poll(1.0)
            if message is None:
                continue
            if message.error():
                raise KafkaException(message.error())
            print(json.dumps(event(message.key(), message.value()), ensure_ascii=False), flush=True)
            consumer.commit(message=message, asynchronous=False)
            handled += 1
    except KeyboardInterrupt:
        pass
    finally:
        consumer.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
