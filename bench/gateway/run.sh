#!/usr/bin/env bash
# Gateway overhead on this machine: one GET served by payor-service directly, through the gateway
# and through nginx (Debian's, as a plain keep-alive reverse proxy), measured in one run:
#   - saturation throughput: wrk -t2 -c32 -d15s, and the proxy's own CPU time per request
#   - latency at a fixed 1,000 requests/s for 15 s: p50/p99 (FixedRate.java, bounded, loopback)
# Each phase runs ROUNDS (5) rounds that interleave the targets, after its own warm-up of each
# target (WARMUP, 60 s, of wrk; 30 s at the fixed rate), and reports medians. The warm-ups are long
# because the JVMs' JIT is still compiling after 20 s: the gateway's CPU per request fell from round
# to round (58, 47, 39 us) with a 20 s warm-up. The phases are not mixed, because the JIT compiles
# again each time the load changes between saturation and the fixed rate: the gateway compiled 110
# to 230 methods (0.2 to 1.1 s of compiler time, jstat -compiler) in the 15 s after each change, so a
# fixed-rate round straight after a saturation round measured the compiler as well.
# Env: DURATION, ROUNDS, RATE, WARMUP; JAVA_OPTS for the gateway's heap (run.sh's by default);
# GATEWAY_JAVA_OPTS for more (a JFR recording, say).
# Needs the stack up (./run.sh --detach) and nginx + wrk (apt-get install -y nginx-light wrk).
# Starts its own gateway on 127.0.0.1:18280 (rate limit lifted, logs to a file) and nginx on
# 127.0.0.1:18281, and stops both when done. Results go to stdout; docs/benchmarks.md has them.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
DURATION=${DURATION:-15}
ROUNDS=${ROUNDS:-5}
RATE=${RATE:-1000}
service=http://127.0.0.1:8081
gw_port=18280
nginx_port=18281

for tool in nginx wrk java curl; do
  command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install -y nginx-light wrk)" >&2; exit 1; }
done
curl -fs -o /dev/null "$service/q/health/ready" || { echo "payor-service is not up: ./run.sh --detach" >&2; exit 1; }
[ -f gateway/target/quarkus-app/quarkus-run.jar ] || { echo "package the gateway first" >&2; exit 1; }

tmp=$(mktemp -d)
gw_pid=""
cleanup() {
  [ -n "$gw_pid" ] && kill "$gw_pid" 2>/dev/null && wait "$gw_pid" 2>/dev/null || true
  [ -f "$tmp/nginx.pid" ] && nginx -p "$tmp" -c "$tmp/nginx.conf" -s quit 2>/dev/null || true
  cp "$tmp/gateway.log" bench/gateway/.gateway-log.txt 2>/dev/null || true # kept for a look after a run
  rm -rf "$tmp"
}
trap cleanup EXIT

token=$(./run.sh token viewer)
auth="Bearer $token"
# The GET: one demo payor by id.
id=$(curl -fsS -H "Authorization: $auth" "http://127.0.0.1:8080/api/v1/payors?size=1" | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4)
path="/api/v1/payors/$id"

# The same heap as run.sh gives the gateway.
java ${JAVA_OPTS:--Xms384m -Xmx384m -XX:+UseSerialGC} ${GATEWAY_JAVA_OPTS:-} -Dquarkus.http.port=$gw_port \
  -Dmp.jwt.verify.publickey.location="$root/.run/jwt/public.pem" \
  -Dgateway.rate-limit.requests-per-second=1000000 -Dgateway.rate-limit.burst=1000000 \
  -jar gateway/target/quarkus-app/quarkus-run.jar >"$tmp/gateway.log" 2>&1 &
gw_pid=$!

cat >"$tmp/nginx.conf" <<NGINX
worker_processes auto;
pid $tmp/nginx.pid;
error_log $tmp/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $tmp/body;
  proxy_temp_path $tmp/proxy;
  fastcgi_temp_path $tmp/fastcgi;
  uwsgi_temp_path $tmp/uwsgi;
  scgi_temp_path $tmp/scgi;
  upstream service { server 127.0.0.1:8081; keepalive 64; }
  server {
    listen 127.0.0.1:$nginx_port;
    location / {
      proxy_pass http://service;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
    }
  }
}
NGINX
nginx -p "$tmp" -c "$tmp/nginx.conf"

for _ in $(seq 1 150); do curl -fs -o /dev/null "http://127.0.0.1:$gw_port/q/health/ready" && break; sleep 0.2; done
for base in "$service" "http://127.0.0.1:$gw_port" "http://127.0.0.1:$nginx_port"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: $auth" "$base$path")
  [ "$code" = 200 ] || { echo "$base$path answers $code" >&2; exit 1; }
done

# CPU time (user + system, clock ticks) of a target's proxy processes: what the proxy itself costs,
# a figure the other processes sharing the two cores disturb far less than throughput.
proxy_pids() {
  case "$1" in
    gateway) echo "$gw_pid" ;;
    nginx) pgrep -f "nginx: worker process" | tr '\n' ' ' ;;
    *) echo "" ;;
  esac
}
ticks() { local t=0 p; for p in $1; do t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat"))); done; echo "$t"; }
hz=$(getconf CLK_TCK)
median() { sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

targets="direct:$service gateway:http://127.0.0.1:$gw_port nginx:http://127.0.0.1:$nginx_port"
# Rounds interleave the targets, so that a burst of load from elsewhere does not fall on one alone;
# each figure is the median of the rounds.
saturation="$tmp/saturation"
fixed_rate="$tmp/fixed-rate"
for target in $targets; do # warm-up (JIT, pools)
  wrk -t2 -c32 -d"${WARMUP:-60}s" -H "Authorization: $auth" "${target#*:}$path" >/dev/null
done
for round in $(seq 1 "$ROUNDS"); do
  for target in $targets; do
    name=${target%%:*}
    pids=$(proxy_pids "$name")
    before=$(ticks "$pids")
    out=$(wrk -t2 -c32 -d"${DURATION}s" -H "Authorization: $auth" "${target#*:}$path")
    after=$(ticks "$pids")
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    requests=$(awk '/requests in/ {print $1}' <<<"$out")
    cpu_us=$([ -n "$pids" ] && echo $(( (after - before) * 1000000 / hz / requests )) || echo "-")
    echo "saturation $round $name $rps req/s, proxy CPU $cpu_us us/req"
    echo "$round $name $rps $cpu_us" >>"$saturation"
  done
done
for target in $targets; do # warm-up at the fixed rate
  java bench/gateway/FixedRate.java "${target#*:}$path" "$RATE" 30 "$auth" >/dev/null
done
for round in $(seq 1 "$ROUNDS"); do
  for target in $targets; do
    name=${target%%:*}
    fixed=$(java bench/gateway/FixedRate.java "${target#*:}$path" "$RATE" "$DURATION" "$auth")
    p50=$(sed 's/.*p50_ms=\([0-9.]*\).*/\1/' <<<"$fixed")
    p99=$(sed 's/.*p99_ms=\([0-9.]*\).*/\1/' <<<"$fixed")
    errors=$(sed 's/.*errors=\([0-9]*\) dropped=\([0-9]*\).*/\1+\2/' <<<"$fixed")
    echo "fixed rate $round $name p50 $p50 ms, p99 $p99 ms, errors+dropped $errors"
    echo "$round $name $p50 $p99 $errors" >>"$fixed_rate"
  done
done

echo
echo "GET $path; medians of $ROUNDS rounds; wrk -t2 -c32 -d${DURATION}s; fixed rate ${RATE}/s for ${DURATION}s; load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-8s %12s %16s %10s %10s\n' target "sat req/s" "proxy CPU us/req" "p50 ms" "p99 ms"
for name in direct gateway nginx; do
  col() { awk -v n="$name" -v c="$2" '$2 == n {print $c}' "$1" | median; }
  printf '%-8s %12s %16s %10s %10s\n' "$name" "$(col "$saturation" 3)" \
    "$([ "$name" = direct ] && echo - || col "$saturation" 4)" "$(col "$fixed_rate" 3)" "$(col "$fixed_rate" 4)"
done
