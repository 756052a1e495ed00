#!/usr/bin/env bash
# Gateway overhead on this machine: one GET served by payor-service directly, through the gateway
# and through nginx (Debian's, as a plain keep-alive reverse proxy), measured in one run:
#   - saturation throughput: wrk -t2 -c32 -d15s
#   - latency at a fixed 1,000 requests/s for 15 s: p50/p99 (FixedRate.java, bounded, loopback)
# Needs the stack up (./run.sh --detach) and nginx + wrk (apt-get install -y nginx-light wrk).
# Starts its own gateway on 127.0.0.1:18280 (rate limit lifted, logs to a file) and nginx on
# 127.0.0.1:18281, and stops both when done. Results go to stdout; docs/benchmarks.md has them.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
DURATION=${DURATION:-15}
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
  rm -rf "$tmp"
}
trap cleanup EXIT

token=$(./run.sh token viewer)
auth="Bearer $token"
# The GET: one demo payor by id.
id=$(curl -fsS -H "Authorization: $auth" "http://127.0.0.1:8080/api/v1/payors?size=1" | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4)
path="/api/v1/payors/$id"

java -Xms64m -Xmx384m -XX:+UseSerialGC -Dquarkus.http.port=$gw_port \
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

echo "GET $path; wrk -t2 -c32 -d${DURATION}s; fixed rate ${RATE}/s for ${DURATION}s"
printf '%-8s %12s %10s %10s %10s\n' target "sat req/s" "p50 ms" "p99 ms" "errors"
for target in direct:$service gateway:http://127.0.0.1:$gw_port nginx:http://127.0.0.1:$nginx_port; do
  name=${target%%:*}
  url=${target#*:}$path
  wrk -t2 -c32 -d5s -H "Authorization: $auth" "$url" >/dev/null # warm-up (JIT, pools)
  rps=$(wrk -t2 -c32 -d"${DURATION}s" -H "Authorization: $auth" "$url" | awk '/Requests\/sec/ {print $2}')
  sleep 2
  fixed=$(java bench/gateway/FixedRate.java "$url" "$RATE" "$DURATION" "$auth")
  p50=$(sed 's/.*p50_ms=\([0-9.]*\).*/\1/' <<<"$fixed")
  p99=$(sed 's/.*p99_ms=\([0-9.]*\).*/\1/' <<<"$fixed")
  errors=$(sed 's/.*errors=\([0-9]*\) dropped=\([0-9]*\).*/\1+\2/' <<<"$fixed")
  printf '%-8s %12s %10s %10s %10s\n' "$name" "$rps" "$p50" "$p99" "$errors"
done
