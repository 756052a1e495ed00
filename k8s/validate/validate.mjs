// Offline checks of the deployment descriptions, run by k8s/check.sh:
//   1. every rendered Kubernetes object validates against its schema (kubernetes-models for the
//      core API, @kubernetes-models/cloudnative-pg for CloudNativePG, schemas/strimzi-v1.json for
//      Strimzi); an object of any other kind fails;
//   2. every Deployment is production-shaped: probes, requests and limits, non-root, read-only
//      root filesystem with an emptyDir on /tmp, no capabilities; a Service, HPA and PDB each;
//      network policies that let only the gateway reach the services, only each service reach its
//      database and only the services reach Kafka; per-overlay expectations (dev small, prod HA);
//   3. docker-compose.yml, the rendered overlays and ./run.sh (with infra/*.sh, application.properties
//      and the README table) name the same ports, databases, topics and configuration keys.
//
// Usage: node validate.mjs [--rendered NAME=FILE]...   (no --rendered: compose and run.sh only)
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import YAML from "yaml";
import Ajv from "ajv";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../..");
const read = (rel) => fs.readFileSync(path.join(root, rel), "utf8");

let passed = 0;
const failures = [];
function check(cond, where, what) {
  if (cond) passed++;
  else failures.push(`${where}: ${what}`);
  return Boolean(cond);
}
const eq = (a, b) => JSON.stringify(a) === JSON.stringify(b);

// ---------------------------------------------------------------- what ./run.sh runs
const bashArray = (text, name, file) => {
  const m = text.match(new RegExp(`^${name}=\\(([^)]*)\\)`, "m"));
  if (!m) throw new Error(`${file}: no ${name}=(...) array`);
  return m[1].split(/\s+/).filter(Boolean);
};
const services = bashArray(read("run.sh"), "SERVICES", "run.sh").map((e) => {
  const [name, module, port] = e.split(":");
  return { name, module, port: Number(port) };
});
const databases = bashArray(read("infra/postgres.sh"), "SERVICES", "infra/postgres.sh");
const topics = bashArray(read("infra/kafka.sh"), "TOPICS", "infra/kafka.sh")
  .map((e) => ({ name: e.split(":")[0], partitions: Number(e.split(":")[1]) }))
  .filter((t) => !t.name.startsWith("test.")); // tests' own topics, never deployed
const kafkaVersion = read("infra/kafka/pom.xml").match(/<kafka\.version>([^<]+)</)[1];

// A module's properties: platform's META-INF/microprofile-config.properties when it builds on platform
// (what every service configures alike), then its own application.properties, which wins.
function properties(module) {
  const base = {};
  const keys = new Set();
  const files = [`${module}/src/main/resources/application.properties`];
  if (/<artifactId>platform<\/artifactId>/.test(read(`${module}/pom.xml`))) {
    files.unshift("platform/src/main/resources/META-INF/microprofile-config.properties");
  }
  for (const line of files.map(read).join("\n").split("\n")) {
    const m = line.match(/^\s*([^#!\s][^=]*?)\s*=\s*(.*)$/);
    if (!m) continue;
    const key = m[1].replace(/^%[^.]+\./, "");
    keys.add(key);
    if (!m[1].startsWith("%")) base[key] = m[2];
  }
  return { base, keys };
}
// Quarkus reads a property from the environment under this name.
const envName = (key) => key.toUpperCase().replace(/[^A-Z0-9]/g, "_");
const jdbcDb = (url) => (url || "").match(/^jdbc:postgresql:\/\/([^/:]+)(?::(\d+))?\/([^?]+)/);

const readmeRows = {};
for (const line of read("README.md").split("\n")) {
  const m = line.match(/^\|\s*`([\w-]+)`\s*\|[^|]*\|\s*([^|]*?)\s*\|\s*([^|]*?)\s*\|/);
  if (m) readmeRows[m[1]] = { port: m[2], database: m[3].replace(/`/g, "") };
}

for (const s of services) {
  const where = `run.sh ${s.name}`;
  s.props = properties(s.module);
  check(Number(s.props.base["quarkus.http.port"]) === s.port, where,
    `port ${s.port} but ${s.module}/application.properties has quarkus.http.port=${s.props.base["quarkus.http.port"]}`);
  const db = jdbcDb(s.props.base["quarkus.datasource.jdbc.url"]);
  s.db = db ? db[3] : null;
  if (s.db) check(databases.includes(s.db), where, `database ${s.db} is not created by infra/postgres.sh (${databases})`);
  // Every topic a service reads or writes is one that infra/kafka.sh creates (and so, below, compose and Strimzi).
  for (const [key, value] of Object.entries(s.props.base)) {
    if (/^payorcontracts\.topics\.|\.topic$/.test(key)) check(topics.some((t) => t.name === value), where, `${key}=${value} is not a topic of infra/kafka.sh`);
  }
  const row = readmeRows[s.module];
  if (check(row, "README.md", `no module table row for ${s.module}`)) {
    check(row.port === String(s.port), "README.md", `${s.module} port ${row.port}, run.sh says ${s.port}`);
    check(row.database === (s.db || "none"), "README.md", `${s.module} database ${row.database}, application.properties says ${s.db || "none"}`);
  }
}
check(eq([...databases].sort(), services.filter((s) => s.db).map((s) => s.db).sort()), "infra/postgres.sh",
  `databases ${databases} are not exactly those of the services`);

// Keys whose values differ by environment (hosts, credentials); all others must equal application.properties.
// The JWT key location too: a dev PEM file on a laptop, the issuer's JWKS address in a cluster.
// And the proxies a service believes X-Forwarded-* from: loopback on a laptop, the network of compose or a cluster.
const ENVIRONMENT_SPECIFIC = /^(QUARKUS_HTTP_HOST|QUARKUS_DATASOURCE_(JDBC_URL|USERNAME|PASSWORD)|KAFKA_BOOTSTRAP_SERVERS|GATEWAY_ROUTES_\w+_URL|QUARKUS_REST_CLIENT_\w+_URL|MP_JWT_VERIFY_PUBLICKEY_LOCATION|QUARKUS_HTTP_PROXY_TRUSTED_PROXIES)$/;
// Set in Kubernetes, not in application.properties: the issuer and key location of a real identity provider.
// And the key page tokens are signed with, from a Secret: compose and ./run.sh keep the built-in development key.
const K8S_ONLY = /^(MP_JWT_VERIFY_(ISSUER|PUBLICKEY_LOCATION)|PAYORCONTRACTS_PAGE_TOKEN_SECRET)$/;

function checkEnvAgainstProperties(where, s, env) {
  const known = new Map([...s.props.keys].map((k) => [envName(k), k]));
  for (const [key, value] of Object.entries(env)) {
    if (K8S_ONLY.test(key)) continue;
    const prop = known.get(key);
    if (!check(prop, where, `${key} matches no property of ${s.module}/application.properties`)) continue;
    if (!ENVIRONMENT_SPECIFIC.test(key) && prop in s.props.base) {
      check(String(value) === s.props.base[prop], where, `${key}=${value} but application.properties has ${prop}=${s.props.base[prop]}`);
    }
  }
  for (const [key, value] of Object.entries(env)) {
    if (/^PAYORCONTRACTS_(TOPICS_\w+|\w*TOPIC)$/.test(key)) check(topics.some((t) => t.name === value), where, `${key}=${value} is not a topic of infra/kafka.sh`);
  }
  if (s.db) {
    check(jdbcDb(env.QUARKUS_DATASOURCE_JDBC_URL)?.[3] === s.db, where, `QUARKUS_DATASOURCE_JDBC_URL=${env.QUARKUS_DATASOURCE_JDBC_URL} does not name database ${s.db}`);
    for (const k of ["QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD", "KAFKA_BOOTSTRAP_SERVERS"]) check(k in env, where, `${k} is not set`);
  }
  // A property that points at this machine (a database, the broker, a route) means nothing in a container.
  for (const [prop, value] of Object.entries(s.props.base)) {
    if (/127\.0\.0\.1|localhost/.test(value)) check(envName(prop) in env, where, `${prop}=${value} points at 127.0.0.1; set ${envName(prop)}`);
  }
  check(env.QUARKUS_HTTP_HOST === "0.0.0.0", where, "QUARKUS_HTTP_HOST must be 0.0.0.0 in a container (the services bind 127.0.0.1 otherwise)");
}

// Gateway routes and REST clients: http://<service>:<its port>. Returns the services called.
function routeTargets(where, env, portOf) {
  const called = [];
  for (const [key, url] of Object.entries(env)) {
    if (!/^(GATEWAY_ROUTES|QUARKUS_REST_CLIENT)_\w+_URL$/.test(key)) continue;
    const u = url.match(/^http:\/\/([^:/]+):(\d+)\/?$/);
    if (!check(u, where, `${key}=${url} is not http://host:port`)) continue;
    check(portOf(u[1]) === Number(u[2]), where, `${key}=${url}: ${u[1]} does not listen on ${u[2]}`);
    called.push(u[1]);
  }
  return called;
}

// ---------------------------------------------------------------- docker-compose.yml
const compose = YAML.parse(read("docker-compose.yml"), { merge: true });
const envOf = (svc) => {
  const e = svc.environment || {};
  if (Array.isArray(e)) return Object.fromEntries(e.map((x) => [x.split("=")[0], x.slice(x.indexOf("=") + 1)]));
  return Object.fromEntries(Object.entries(e).map(([k, v]) => [k, String(v)]));
};
const composeEnv = {};
{
  const cs = compose.services || {};
  check(cs.kafka?.image === `apache/kafka:${kafkaVersion}`, "docker-compose.yml", `kafka image ${cs.kafka?.image}, the broker we test with is apache/kafka:${kafkaVersion}`);
  check(eq(String(envOf(cs["postgres-init"] || {}).DATABASES).split(/\s+/).sort(), [...databases].sort()),
    "docker-compose.yml", `postgres-init DATABASES differ from infra/postgres.sh (${databases})`);
  check(eq(String(envOf(cs["kafka-init"] || {}).TOPICS).split(/\s+/).sort(), topics.map((t) => `${t.name}:${t.partitions}`).sort()),
    "docker-compose.yml", `kafka-init TOPICS differ from infra/kafka.sh (${topics.map((t) => `${t.name}:${t.partitions}`)})`);
  for (const [name, svc] of Object.entries(cs)) {
    check(svc.healthcheck || name.endsWith("-init"), `docker-compose.yml ${name}`, "no healthcheck");
    if (name !== "gateway") check(!svc.ports, `docker-compose.yml ${name}`, "publishes ports; only the gateway may");
  }
  for (const s of services) {
    const where = `docker-compose.yml ${s.name}`;
    const svc = cs[s.name];
    if (!check(svc, "docker-compose.yml", `no service ${s.name}`)) continue;
    const env = (composeEnv[s.name] = envOf(svc));
    check(svc.build?.dockerfile === `${s.module}/src/main/docker/Dockerfile.jvm` && (svc.build?.context ?? ".") === ".",
      where, "must build from the root with <module>/src/main/docker/Dockerfile.jvm");
    check(fs.existsSync(path.join(root, `${s.module}/src/main/docker/Dockerfile.jvm`)), where, "Dockerfile.jvm missing");
    check(JSON.stringify(svc.healthcheck?.test || "").includes(`/${s.port}`) && JSON.stringify(svc.healthcheck.test).includes("/q/health/ready"),
      where, `healthcheck must ask /q/health/ready on port ${s.port}`);
    const expose = (svc.expose || []).map(Number);
    const published = (svc.ports || []).map((p) => Number(String(p).split(":").pop()));
    check(expose.includes(s.port) || published.includes(s.port), where, `port ${s.port} neither exposed nor published`);
    if (s.name === "gateway") check(eq(published, [s.port]), where, `must publish exactly its port ${s.port}`);
    const deps = svc.depends_on || {};
    if (s.db) {
      check(deps["postgres-init"]?.condition === "service_completed_successfully" && deps["kafka-init"]?.condition === "service_completed_successfully",
        where, "must wait for postgres-init and kafka-init (service_completed_successfully)");
      check(jdbcDb(env.QUARKUS_DATASOURCE_JDBC_URL)?.[1] === "postgres", where, "JDBC URL must point at the postgres service");
      check(env.KAFKA_BOOTSTRAP_SERVERS === "kafka:9092", where, "KAFKA_BOOTSTRAP_SERVERS must be kafka:9092");
    } else {
      for (const other of services.filter((o) => o.name !== s.name)) {
        check(deps[other.name]?.condition === "service_healthy", where, `must wait for ${other.name} (service_healthy)`);
      }
    }
    checkEnvAgainstProperties(where, s, env);
    routeTargets(where, env, (host) => services.find((o) => o.name === host)?.port);
  }
}

// ---------------------------------------------------------------- rendered overlays
const ajv = new Ajv({ allErrors: true, strict: false });
const strimziSchemas = JSON.parse(fs.readFileSync(path.join(here, "schemas/strimzi-v1.json"), "utf8"));
const strimzi = {};
for (const kind of ["Kafka", "KafkaNodePool", "KafkaTopic"]) {
  strimzi[kind] = ajv.compile({ definitions: strimziSchemas.definitions, ...strimziSchemas[kind] });
}

async function validateSchema(doc, where) {
  const { apiVersion, kind } = doc;
  if (apiVersion === "kafka.strimzi.io/v1") {
    const v = strimzi[kind];
    if (!check(v, where, `no schema for Strimzi kind ${kind} (add it to schemas/strimzi-v1.json)`)) return;
    check(v(doc), where, `Strimzi schema: ${(v.errors || []).map((e) => `${e.instancePath || "/"} ${e.message}${e.params?.additionalProperty ? ` (${e.params.additionalProperty})` : ""}`).join("; ")}`);
    return;
  }
  const modulePath = apiVersion === "postgresql.cnpg.io/v1"
    ? `@kubernetes-models/cloudnative-pg/postgresql.cnpg.io/v1/${kind}`
    : `kubernetes-models/${apiVersion}/${kind}`;
  let Model;
  try {
    Model = (await import(modulePath))[kind];
  } catch {
    Model = null;
  }
  if (!check(Model, where, `no schema for ${apiVersion} ${kind}`)) return;
  try {
    new Model(doc).validate();
    check(true);
  } catch (e) {
    check(false, where, `schema: ${e.message}`);
  }
}

const selects = (selector, labels) =>
  selector && Object.entries(selector.matchLabels || {}).every(([k, v]) => labels?.[k] === v) && !(selector.matchExpressions || []).length;

async function checkOverlay(name, file) {
  const docs = YAML.parseAllDocuments(fs.readFileSync(file, "utf8")).map((d) => d.toJS()).filter(Boolean);
  const at = (d) => `${name} ${d.kind}/${d.metadata?.name}`;
  check(docs.length > 0, name, "rendered nothing");
  for (const d of docs) await validateSchema(d, at(d));
  const all = (kind) => docs.filter((d) => d.kind === kind);
  const one = (kind, n) => docs.find((d) => d.kind === kind && d.metadata?.name === n);
  const configMap = (n) => docs.find((d) => d.kind === "ConfigMap" && d.metadata.name === n);

  const kafka = all("Kafka");
  check(kafka.length === 1, name, `expected one Kafka, found ${kafka.length}`);
  const plain = kafka[0]?.spec.kafka.listeners.find((l) => l.tls === false && l.type === "internal");
  const bootstrap = kafka[0] && plain ? `${kafka[0].metadata.name}-kafka-bootstrap:${plain.port}` : "?";
  check(kafka[0]?.spec.kafka.version === kafkaVersion, name, `Kafka version ${kafka[0]?.spec.kafka.version}, we test with ${kafkaVersion}`);
  check(kafka[0]?.spec.kafka.config?.["auto.create.topics.enable"] === false, name, "auto.create.topics.enable must be false, as in infra/kafka.sh");
  const pools = all("KafkaNodePool").filter((p) => p.metadata.labels?.["strimzi.io/cluster"] === kafka[0]?.metadata.name);
  const brokers = pools.filter((p) => p.spec.roles.includes("broker")).reduce((n, p) => n + p.spec.replicas, 0);
  const controllers = pools.filter((p) => p.spec.roles.includes("controller")).reduce((n, p) => n + p.spec.replicas, 0);
  check(brokers >= 1 && controllers >= 1, name, "Kafka needs broker and controller nodes (KRaft)");

  const kafkaTopics = all("KafkaTopic");
  for (const t of topics) {
    const kt = kafkaTopics.find((k) => (k.spec.topicName || k.metadata.name) === t.name);
    if (!check(kt, name, `no KafkaTopic for ${t.name} (infra/kafka.sh)`)) continue;
    check(kt.spec.partitions === t.partitions, at(kt), `partitions ${kt.spec.partitions}, infra/kafka.sh says ${t.partitions}`);
    check(kt.metadata.labels["strimzi.io/cluster"] === kafka[0]?.metadata.name, at(kt), "strimzi.io/cluster must name the Kafka cluster");
    check(kt.spec.replicas <= brokers, at(kt), `replicas ${kt.spec.replicas} but only ${brokers} brokers`);
    check(kt.spec.config?.["max.message.bytes"] === 16777216, at(kt), "max.message.bytes must be 16777216, as in infra/kafka.sh");
    const minIsr = kt.spec.config?.["min.insync.replicas"] ?? kafka[0]?.spec.kafka.config?.["min.insync.replicas"] ?? 1;
    check(minIsr <= kt.spec.replicas, at(kt), `min.insync.replicas ${minIsr} above replicas ${kt.spec.replicas}`);
  }
  for (const k of kafkaTopics) check(topics.some((t) => t.name === (k.spec.topicName || k.metadata.name)), at(k), "topic not in infra/kafka.sh TOPICS");

  const clusters = all("Cluster");
  const deployments = all("Deployment");
  check(deployments.length === services.length, name, `${deployments.length} Deployments for ${services.length} services`);
  const kafkaClientLabels = [];

  for (const s of services) {
    const where = `${name} ${s.name}`;
    const dep = one("Deployment", s.name);
    if (!check(dep, name, `no Deployment ${s.name}`)) continue;
    const pod = dep.spec.template.spec;
    const podLabels = dep.spec.template.metadata.labels;
    check(pod.containers.length === 1, where, "one container per pod");
    const c = pod.containers[0];
    // Probes, resources, security.
    for (const [probe, p] of [["startupProbe", "/q/health/started"], ["readinessProbe", "/q/health/ready"], ["livenessProbe", "/q/health/live"]]) {
      check(c[probe]?.httpGet?.path === p, where, `${probe} must GET ${p}`);
    }
    for (const kind of ["requests", "limits"]) for (const r of ["cpu", "memory"]) check(c.resources?.[kind]?.[r], where, `resources.${kind}.${r} missing`);
    check(c.resources?.requests?.memory === c.resources?.limits?.memory, where, "memory request must equal its limit (a JVM does not give memory back)");
    check(pod.securityContext?.runAsNonRoot === true || c.securityContext?.runAsNonRoot === true, where, "runAsNonRoot must be true");
    check(c.securityContext?.readOnlyRootFilesystem === true, where, "readOnlyRootFilesystem must be true");
    check(c.securityContext?.allowPrivilegeEscalation === false, where, "allowPrivilegeEscalation must be false");
    check(eq(c.securityContext?.capabilities?.drop, ["ALL"]), where, "capabilities must drop ALL");
    const tmp = (c.volumeMounts || []).find((m) => m.mountPath === "/tmp");
    check(tmp && (pod.volumes || []).find((v) => v.name === tmp.name)?.emptyDir, where, "/tmp must be an emptyDir");
    check(pod.automountServiceAccountToken === false, where, "automountServiceAccountToken must be false");
    check(pod.enableServiceLinks === false, where, "enableServiceLinks must be false (service variables would reach Quarkus config)");
    check(/:[\w.-]+$/.test(c.image) && !c.image.endsWith(":latest"), where, `image ${c.image} needs a fixed tag`);
    const port = (c.ports || []).find((p) => p.name === "http");
    check(port?.containerPort === s.port, where, `containerPort ${port?.containerPort}, run.sh says ${s.port}`);
    check(!dep.spec.replicas, where, "replicas belong to the HorizontalPodAutoscaler, not the Deployment");

    // Service, HPA, PDB.
    const svc = one("Service", s.name);
    if (check(svc, where, "no Service")) {
      check(selects({ matchLabels: svc.spec.selector }, podLabels), where, "Service does not select the pods");
      check(svc.spec.ports.some((p) => p.port === s.port && (p.targetPort === "http" || p.targetPort === s.port)), where, `Service must serve port ${s.port}`);
    }
    const hpa = all("HorizontalPodAutoscaler").find((h) => h.spec.scaleTargetRef.kind === "Deployment" && h.spec.scaleTargetRef.name === s.name);
    if (check(hpa, where, "no HorizontalPodAutoscaler")) {
      check(hpa.spec.minReplicas <= hpa.spec.maxReplicas, where, "HPA minReplicas above maxReplicas");
      if (name === "dev") check(hpa.spec.maxReplicas === 1, where, "dev runs one replica");
      if (name === "prod") check(hpa.spec.minReplicas >= 2, where, "prod runs at least two replicas");
    }
    check(all("PodDisruptionBudget").some((p) => selects(p.spec.selector, podLabels)), where, "no PodDisruptionBudget");
    if (name === "prod") {
      const terms = pod.affinity?.podAntiAffinity?.preferredDuringSchedulingIgnoredDuringExecution || [];
      check(terms.some((t) => t.podAffinityTerm.topologyKey === "topology.kubernetes.io/zone" && selects(t.podAffinityTerm.labelSelector, podLabels)),
        where, "prod spreads pods over zones (podAntiAffinity on topology.kubernetes.io/zone)");
    }

    // Configuration: same keys as compose, values consistent with the cluster's objects.
    const env = {};
    for (const ef of c.envFrom || []) {
      const cm = ef.configMapRef && configMap(ef.configMapRef.name);
      if (!check(cm, where, `envFrom ${JSON.stringify(ef)} names no ConfigMap of the overlay`)) continue;
      Object.assign(env, cm.data);
    }
    const secretRefs = [];
    for (const e of c.env || []) {
      if (e.valueFrom?.secretKeyRef) {
        secretRefs.push({ env: e.name, name: e.valueFrom.secretKeyRef.name });
        env[e.name] = `<secret ${e.valueFrom.secretKeyRef.name}/${e.valueFrom.secretKeyRef.key}>`;
      } else {
        check(!/PASSWORD|SECRET/.test(e.name), where, `${e.name} must come from a Secret`);
        env[e.name] = e.value;
      }
    }
    for (const cm of (c.envFrom || []).map((ef) => ef.configMapRef && configMap(ef.configMapRef.name)).filter(Boolean)) {
      for (const k of Object.keys(cm.data || {})) check(!/PASSWORD|SECRET/.test(k), where, `${k} is in ConfigMap ${cm.metadata.name}; credentials go in Secrets`);
    }
    checkEnvAgainstProperties(where, s, env);
    const cEnv = composeEnv[s.name] || {};
    for (const k of Object.keys(cEnv)) check(k in env, where, `${k} is set in docker-compose.yml but not in Kubernetes`);
    for (const k of Object.keys(env)) check(k in cEnv || K8S_ONLY.test(k), where, `${k} is set in Kubernetes but not in docker-compose.yml`);
    for (const k of Object.keys(cEnv)) {
      if (!ENVIRONMENT_SPECIFIC.test(k) && k in env) check(env[k] === cEnv[k], where, `${k}: ${env[k]} here, ${cEnv[k]} in docker-compose.yml`);
    }
    s.calls = routeTargets(where, env, (host) => (one("Service", host)?.spec.ports.find((p) => p.name === "http") || {}).port);

    if (s.db) {
      const [, host, dbPort, db] = jdbcDb(env.QUARKUS_DATASOURCE_JDBC_URL) || [];
      const cluster = clusters.find((cl) => `${cl.metadata.name}-rw` === host);
      if (check(cluster, where, `JDBC host ${host} is no CloudNativePG <cluster>-rw service`)) {
        check(cluster.spec.bootstrap?.initdb?.database === s.db && cluster.spec.bootstrap?.initdb?.owner === s.db, where,
          `Cluster ${cluster.metadata.name} must create database and owner ${s.db}`);
        check(Number(dbPort || 5432) === 5432, where, "PostgreSQL listens on 5432");
        check(db === s.db, where, `JDBC URL names database ${db}, not ${s.db}`);
        const credentials = secretRefs.filter((r) => r.env.startsWith("QUARKUS_DATASOURCE_"));
        check(credentials.length === 2 && credentials.every((r) => r.name === `${cluster.metadata.name}-app`), where,
          `credentials must come from the Secret ${cluster.metadata.name}-app that CloudNativePG creates`);
        // Every replica signs and reads page tokens with one key, which is not the one in the source.
        const pageKey = secretRefs.find((r) => r.env === "PAYORCONTRACTS_PAGE_TOKEN_SECRET"
          && (r.name === "payorcontracts-page-token" || r.name.startsWith("payorcontracts-page-token-")));
        if (check(pageKey, where, "PAYORCONTRACTS_PAGE_TOKEN_SECRET must come from the Secret payorcontracts-page-token")) {
          const generated = all("Secret").some((x) => x.metadata.name === pageKey.name);
          check(name === "prod" ? !generated : generated, where, name === "prod"
            ? `the Secret ${pageKey.name} is created by operations, never rendered from git`
            : `the Secret ${pageKey.name} is not in the overlay`);
        }
        s.cluster = cluster.metadata.name;
      }
      check(env.KAFKA_BOOTSTRAP_SERVERS === bootstrap, where, `KAFKA_BOOTSTRAP_SERVERS=${env.KAFKA_BOOTSTRAP_SERVERS}, the cluster's is ${bootstrap}`);
      kafkaClientLabels.push(podLabels);
    }
  }

  // Ingress: the gateway only.
  for (const ing of all("Ingress")) {
    const backends = (ing.spec.rules || []).flatMap((r) => r.http.paths.map((p) => p.backend.service.name));
    check(backends.length && backends.every((b) => b === "gateway"), at(ing), "only the gateway may be behind an Ingress");
    if (name === "prod") check((ing.spec.tls || []).length > 0, at(ing), "prod Ingress needs TLS");
  }
  check(all("Ingress").length === 1, name, "exactly one Ingress (the gateway's)");

  // Network policies.
  const policies = all("NetworkPolicy");
  check(policies.some((p) => eq(p.spec.podSelector, {}) && p.spec.policyTypes.includes("Ingress") && !(p.spec.ingress || []).length),
    name, "no default-deny ingress NetworkPolicy");
  const depLabels = Object.fromEntries(deployments.map((d) => [d.metadata.name, d.spec.template.metadata.labels]));
  const peersOf = (podLabels) => policies.filter((p) => selects(p.spec.podSelector, podLabels))
    .flatMap((p) => (p.spec.ingress || []).map((rule) => ({ policy: p.metadata.name, rule })));
  const appsIn = (peer) => Object.entries(depLabels).filter(([, l]) => peer.podSelector && !peer.namespaceSelector && selects(peer.podSelector, l)).map(([n]) => n);
  // A service admits the gateway, and the services whose configuration calls it (REST clients).
  for (const s of services.filter((x) => x.name !== "gateway")) {
    const callers = services.filter((c) => (c.calls || []).includes(s.name)).map((c) => c.name);
    const rules = peersOf(depLabels[s.name] || {});
    check(rules.length, `${name} ${s.name}`, "no NetworkPolicy admits anything");
    for (const caller of callers) {
      check(rules.some(({ rule }) => (rule.from || []).some((p) => appsIn(p).includes(caller))), `${name} ${s.name}`, `${caller} calls it but no NetworkPolicy lets it in`);
    }
    for (const { policy, rule } of rules) {
      for (const peer of rule.from || [{}]) {
        const apps = appsIn(peer);
        const ok = (peer.podSelector && !peer.namespaceSelector && apps.length === 1 && callers.includes(apps[0]))
          || (peer.namespaceSelector && !peer.podSelector && peer.namespaceSelector.matchLabels?.["kubernetes.io/metadata.name"] === "monitoring");
        check(ok, `${name} NetworkPolicy/${policy}`, `admits ${JSON.stringify(peer)}; only ${callers.join(", ")} (and monitoring) may reach ${s.name}`);
      }
    }
  }
  for (const s of services.filter((x) => x.cluster)) {
    const rules = peersOf({ "cnpg.io/cluster": s.cluster });
    check(rules.some(({ rule }) => (rule.from || []).some((p) => eq(appsIn(p), [s.name]))), `${name} ${s.cluster}`, `${s.name} cannot reach its database`);
    for (const { policy, rule } of rules) {
      for (const peer of rule.from || [{}]) {
        const apps = appsIn(peer);
        check(!(rule.from === undefined) && (apps.length === 0 || eq(apps, [s.name])), `${name} NetworkPolicy/${policy}`,
          `admits ${apps.join(", ") || "everyone"}; only ${s.name} may reach ${s.cluster}`);
      }
    }
  }
  const peers = plain?.networkPolicyPeers || [];
  check(peers.length > 0, name, "the Kafka listener needs networkPolicyPeers (otherwise every pod may connect)");
  for (const peer of peers) {
    const apps = Object.entries(depLabels).filter(([, l]) => selects(peer.podSelector, l)).map(([n]) => n).sort();
    check(!peer.namespaceSelector && eq(apps, services.filter((s) => s.db).map((s) => s.name).sort()), name,
      `Kafka listener admits ${apps.join(", ") || JSON.stringify(peer)}; only the three services may`);
  }
  check(kafkaClientLabels.length === services.filter((s) => s.db).length, name, "every service that uses Kafka needs the Kafka client label");

  // The stateful parts per environment.
  if (name === "prod") {
    check(brokers >= 3 && controllers >= 3, name, `prod runs 3 Kafka brokers and 3 controllers (has ${brokers}/${controllers})`);
    check(kafka[0]?.spec.kafka.rack?.topologyKey === "topology.kubernetes.io/zone", name, "prod Kafka is rack-aware across zones");
    for (const kt of kafkaTopics) check(kt.spec.replicas >= 3, at(kt), "prod topics keep 3 replicas");
    for (const cl of clusters) {
      check(cl.spec.instances >= 3, at(cl), "prod runs 3 PostgreSQL instances");
      check(cl.spec.backup?.barmanObjectStore || (cl.spec.plugins || []).length, at(cl), "prod needs backups (WAL archive)");
      check(all("ScheduledBackup").some((b) => b.spec.cluster.name === cl.metadata.name), at(cl), "prod needs a ScheduledBackup");
    }
  }
  if (name === "dev") {
    check(brokers === 1, name, "dev runs one Kafka node");
    for (const cl of clusters) check(cl.spec.instances === 1, at(cl), "dev runs one PostgreSQL instance");
  }
  check(clusters.length === databases.length, name, `${clusters.length} CloudNativePG Clusters for ${databases.length} databases`);
}

const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  if (args[i] !== "--rendered") throw new Error(`unknown argument ${args[i]}`);
  const [name, file] = args[++i].split("=");
  await checkOverlay(name, file);
}

for (const f of failures) console.error(`FAIL ${f}`);
console.log(`deploy: ${passed} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
