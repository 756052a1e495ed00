#!/usr/bin/env bash
# A real Apache Kafka broker (KRaft, combined broker+controller) on 127.0.0.1:9092, fetched
# from Maven Central by Maven. Usage: infra/kafka.sh start|stop|status. Idempotent.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
home="$here/.kafka"
lib="$home/lib"
data="$home/data"
pidfile="$home/kafka.pid"
log="$home/kafka.log"
config="$home/server.properties"
port=9092
controller_port=9093

# topic:partitions, for the running stack and for the tests (which never share topics with it).
TOPICS=(contract-changed:6 payor-changed:3 reference-schedule-changed:1
        contract-changed.dlq:1 reference-schedule-changed.dlq:1 payor-changed.dlq:1
        test.contract-changed:6 test.payor-changed:3 test.reference-schedule-changed:1
        test.contract-changed.dlq:1 test.reference-schedule-changed.dlq:1 test.payor-changed.dlq:1
        analytics-changed:6 analytics-changed.dlq:1 test.analytics-changed:6 test.analytics-changed.dlq:1
        negotiation-changed:3 negotiation-changed.dlq:1 test.negotiation-changed:3 test.negotiation-changed.dlq:1)

running() { [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; }
port_open() { (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; }
classpath() { echo "$lib/*"; }
kafka_java() { java -Xms256m -Xmx512m -Dlog4j2.configurationFile="$here/kafka-log4j2.yaml" -cp "$(classpath)" "$@"; }

fetch() {
  if [ ! -f "$lib/.complete" ]; then
    echo "Fetching Apache Kafka from Maven Central..."
    mvn -q -B -f "$here/kafka/pom.xml" package
    touch "$lib/.complete"
  fi
}

write_config() {
  cat > "$config" <<CONF
process.roles=broker,controller
node.id=1
controller.quorum.bootstrap.servers=127.0.0.1:$controller_port
listeners=PLAINTEXT://127.0.0.1:$port,CONTROLLER://127.0.0.1:$controller_port
advertised.listeners=PLAINTEXT://127.0.0.1:$port
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$data
num.partitions=3
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=false
# Contract events carry whole fee schedules; records are compressed, this is the ceiling.
message.max.bytes=16777216
CONF
}

wait_ready() {
  for _ in $(seq 1 120); do
    if port_open; then return 0; fi
    running || { echo "Kafka exited; see $log" >&2; tail -20 "$log" >&2; exit 1; }
    sleep 0.25
  done
  echo "Kafka did not open port $port; see $log" >&2; exit 1
}

create_topics() {
  local existing
  existing=$(kafka_java org.apache.kafka.tools.TopicCommand --bootstrap-server 127.0.0.1:$port --list)
  for entry in "${TOPICS[@]}"; do
    local name=${entry%%:*} partitions=${entry##*:}
    grep -qx "$name" <<<"$existing" && continue
    kafka_java org.apache.kafka.tools.TopicCommand --bootstrap-server 127.0.0.1:$port --create \
      --topic "$name" --partitions "$partitions" --replication-factor 1 \
      --config max.message.bytes=16777216 >/dev/null
  done
}

start() {
  fetch
  if running; then
    create_topics
    echo "Kafka already running (pid $(cat "$pidfile")) on 127.0.0.1:$port"
    return
  fi
  if port_open; then
    # A broker of another checkout, say; use it rather than fight over the port.
    create_topics
    echo "A broker not started from this checkout already listens on 127.0.0.1:$port; using it"
    return
  fi
  mkdir -p "$data"
  write_config
  if [ ! -f "$data/meta.properties" ]; then
    cluster_id=$(kafka_java kafka.tools.StorageTool random-uuid)
    kafka_java kafka.tools.StorageTool format --standalone -t "$cluster_id" -c "$config" >/dev/null
  fi
  nohup java -Xms512m -Xmx1g -Dlog4j2.configurationFile="$here/kafka-log4j2.yaml" \
    -Dkafka.logs.dir="$home/logs" -cp "$(classpath)" kafka.Kafka "$config" >"$log" 2>&1 &
  echo $! >"$pidfile"
  wait_ready
  create_topics
  echo "Kafka ready on 127.0.0.1:$port (pid $(cat "$pidfile"), log $log)"
}

stop() {
  if running; then
    local pid; pid=$(cat "$pidfile")
    kill "$pid"
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    kill -9 "$pid" 2>/dev/null || true
    echo "Kafka stopped"
  fi
  rm -f "$pidfile"
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  status)
    if running; then echo "kafka: running (pid $(cat "$pidfile"))"
    elif port_open; then echo "kafka: running (not started from this checkout)"
    else echo "kafka: stopped"; fi ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
