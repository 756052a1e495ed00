import com.payorcontracts.transparency.InNetworkRatesReader;
import com.payorcontracts.transparency.ReadOptions;
import com.payorcontracts.transparency.ReadSummary;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * Generates a realistic in-network-rates file (provider references before and after the rates that use them,
 * percentages, per diems, bundles, ghost rates: references to large groups for codes they never bill)
 * and measures the reader on it, plain and gzip: MB/s of uncompressed JSON and peak heap used.
 * Usage: java -Xmx256m -cp transparency.jar:jackson-core.jar:pricing.jar TicReadBench.java DIR MEGABYTES [first|last] [generate]
 * (files of that size already in DIR are reused; {@code generate}: only write them, for {@code bench/transparency/import.sh}).
 */
public class TicReadBench {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        long megabytes = Long.parseLong(args[1]);
        Path plain = dir.resolve("bench-in-network.json");
        Path gzip = dir.resolve("bench-in-network.json.gz");
        boolean referencesFirst = !"last".equals(args.length > 2 ? args[2] : "first");
        // Files of this size made earlier (by import.sh or a run like this one) are read again, not remade.
        if (!Files.exists(gzip) || !Files.exists(plain) || Files.size(plain) < megabytes << 20
                || Files.size(plain) > (megabytes << 20) + (16 << 20)) {
            generate(plain, gzip, megabytes << 20, referencesFirst);
        }
        if (args.length > 3 && "generate".equals(args[3])) {
            System.out.printf("%s: %,d bytes; %s: %,d bytes%n", plain, Files.size(plain), gzip, Files.size(gzip));
            return;
        }
        System.out.println("provider references " + (referencesFirst ? "first" : "last"));
        // Under 1% of items match: 10 codes of the 2000 in the file.
        Set<String> codes = Set.of("10001", "10201", "10401", "10601", "10801", "11001", "11201", "11401", "11601", "11801");
        for (int round = 0; round < 2; round++) {
            measure("plain", plain, Files.size(plain), codes);
            measure("gzip", gzip, Files.size(plain), codes);
        }
    }

    private static void measure(String label, Path file, long uncompressed, Set<String> codes) throws Exception {
        System.gc();
        long[] peak = {0};
        long[] rates = {0};
        // Heap sampled every 10 ms while the file is read.
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                Runtime rt = Runtime.getRuntime();
                synchronized (peak) {
                    peak[0] = Math.max(peak[0], rt.totalMemory() - rt.freeMemory());
                }
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long start = System.nanoTime();
        ReadSummary summary;
        try (InputStream in = Files.newInputStream(file)) {
            summary = InNetworkRatesReader.read(in, ReadOptions.codes(codes), rate -> rates[0]++);
        }
        sampler.interrupt();
        double seconds = (System.nanoTime() - start) / 1e9;
        Runtime rt = Runtime.getRuntime();
        System.out.printf("%-5s %,d MB uncompressed in %.1f s = %.0f MB/s; items %,d kept %,d; prices %,d; heap used <= %,d MB (max %,d MB)%n",
                label, uncompressed >> 20, seconds, (uncompressed / 1048576.0) / seconds, summary.itemsRead(), summary.itemsKept(),
                summary.ratesEmitted(), peak[0] >> 20, rt.maxMemory() >> 20);
    }

    private static void generate(Path plain, Path gzip, long targetBytes, boolean referencesFirst) throws Exception {
        Random random = new Random(42);
        try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(plain), StandardCharsets.UTF_8), 1 << 16);
             Writer gz = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(gzip), 1 << 16),
                     StandardCharsets.UTF_8), 1 << 16)) {
            Tee w = new Tee(out, gz);
            w.write("{\"reporting_entity_name\":\"Bench Health\",\"reporting_entity_type\":\"health insurance issuer\","
                    + "\"plan_name\":\"Bench PPO\",\"plan_id_type\":\"ein\",\"plan_id\":\"1234567890\",\"plan_market_type\":\"group\","
                    + "\"last_updated_on\":\"2026-01-01\",\"version\":\"2.0.0\",\"" + (referencesFirst ? "provider_references" : "unused") + "\":[");
            int references = 5000;
            if (referencesFirst) {
                for (int id = 1; id <= references; id++) {
                    reference(w, id, random, id > 1);
                }
            }
            w.write("],\"in_network\":[");
            long written = 0;
            int item = 0;
            while (written < targetBytes) {
                String code = String.valueOf(10000 + item % 2000);
                StringBuilder sb = new StringBuilder(4096);
                if (item > 0) {
                    sb.append(',');
                }
                boolean bundle = item % 97 == 0;
                sb.append("{\"negotiation_arrangement\":\"").append(bundle ? "bundle" : "ffs").append("\",\"name\":\"n\",")
                        .append("\"billing_code_type\":\"").append(item % 50 == 0 ? "RC" : "CPT").append("\",")
                        .append("\"billing_code_type_version\":\"2026\",\"billing_code\":\"").append(code).append("\",\"description\":\"d\",")
                        .append("\"negotiated_rates\":[");
                int groups = 8 + random.nextInt(8);
                for (int g = 0; g < groups; g++) {
                    if (g > 0) {
                        sb.append(',');
                    }
                    // Ghost rates: many references per rate, most of them groups that never bill the code.
                    sb.append("{\"provider_references\":[");
                    int refs = 3 + random.nextInt(10);
                    for (int r = 0; r < refs; r++) {
                        sb.append(r > 0 ? "," : "").append(1 + random.nextInt(references));
                    }
                    sb.append("],\"negotiated_prices\":[");
                    int type = random.nextInt(10);
                    String negotiatedType = type == 0 ? "percentage" : type == 1 ? "per diem" : "negotiated";
                    String amount = type == 0 ? String.valueOf(40 + random.nextInt(60)) + ".0"
                            : String.valueOf(50 + random.nextInt(5000)) + "." + String.format("%02d", random.nextInt(100));
                    sb.append("{\"negotiated_type\":\"").append(negotiatedType).append("\",\"negotiated_rate\":").append(amount)
                            .append(",\"expiration_date\":\"9999-12-31\",\"service_code\":[\"11\",\"22\"],")
                            .append("\"billing_class\":\"professional\",\"setting\":\"outpatient\"}]}");
                }
                sb.append(']');
                if (bundle) {
                    sb.append(",\"bundled_codes\":[{\"billing_code_type\":\"CPT\",\"billing_code_type_version\":\"2026\",\"billing_code\":\"99213\",\"description\":\"x\"}]");
                }
                sb.append('}');
                w.write(sb.toString());
                written += sb.length();
                item++;
            }
            if (referencesFirst) {
                w.write("]}");
            } else {
                // References after the rates that use them: the reader spills kept rates and resolves them at the end.
                w.write("],\"provider_references\":[");
                for (int id = 1; id <= references; id++) {
                    reference(w, id, random, id > 1);
                }
                w.write("]}");
            }
        }
    }

    private static void reference(Tee w, int id, Random random, boolean comma) throws Exception {
        StringBuilder sb = new StringBuilder();
        sb.append(comma ? "," : "").append("{\"provider_group_id\":").append(id).append(",\"provider_groups\":[");
        int groups = 1 + random.nextInt(3);
        for (int g = 0; g < groups; g++) {
            sb.append(g > 0 ? "," : "").append("{\"npi\":[");
            int npis = random.nextInt(20) == 0 ? 1 : 1 + random.nextInt(30);
            boolean tinOnly = random.nextInt(25) == 0;
            for (int n = 0; n < npis; n++) {
                sb.append(n > 0 ? "," : "").append(tinOnly ? 0 : 1000000000L + random.nextInt(900000000));
                if (tinOnly) {
                    break;
                }
            }
            sb.append("],\"tin\":{\"type\":\"ein\",\"value\":\"").append(String.format("%02d-%07d", 10 + random.nextInt(89), random.nextInt(9999999)))
                    .append("\",\"business_name\":\"b\"}}");
        }
        sb.append("]}");
        w.write(sb.toString());
    }

    private record Tee(Writer a, Writer b) {
        void write(String s) throws Exception {
            a.write(s);
            b.write(s);
        }
    }
}
