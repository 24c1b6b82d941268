// Peer benchmark: Lucene's ArabicAnalyzer (StandardTokenizer, lower case,
// stop words, ArabicNormalizationFilter, ArabicStemFilter) on the same text
// as isnad, single-threaded.
//
// Input: a UTF-8 file, one article a line. Every line is run through the
// analyzer and every term is consumed; after `warmup` passes (JIT) it times
// `passes` passes and prints the best and median pass in MB/s of UTF-8 input
// bytes, by the CPU time of the benchmark thread (fair on a shared machine;
// the JIT and GC threads are not counted) and by wall time:
//   LuceneArabicBench FILE [warmup=3] [passes=5]
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

public class LuceneArabicBench {
  static long checksum = 0;

  static long pass(Analyzer analyzer, List<String> lines) throws Exception {
    long terms = 0;
    for (String line : lines) {
      try (TokenStream ts = analyzer.tokenStream("text", line)) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
          checksum += term.length();
          ++terms;
        }
        ts.end();
      }
    }
    return terms;
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: LuceneArabicBench FILE [warmup] [passes]");
      System.exit(2);
    }
    int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    int passes = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    byte[] raw = Files.readAllBytes(Paths.get(args[0]));
    List<String> lines = new ArrayList<>();
    for (String l : new String(raw, StandardCharsets.UTF_8).split("\n")) {
      if (!l.isEmpty()) lines.add(l);
    }
    long bytes = 0;
    for (String l : lines) bytes += l.getBytes(StandardCharsets.UTF_8).length;
    Analyzer analyzer = new ArabicAnalyzer();
    long terms = 0;
    for (int i = 0; i < warmup; ++i) terms = pass(analyzer, lines);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] mbps = new double[passes];
    double[] wall = new double[passes];
    for (int i = 0; i < passes; ++i) {
      long c0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      terms = pass(analyzer, lines);
      long t1 = System.nanoTime();
      long c1 = threads.getCurrentThreadCpuTime();
      mbps[i] = (bytes / 1048576.0) / ((c1 - c0) / 1e9);
      wall[i] = (bytes / 1048576.0) / ((t1 - t0) / 1e9);
    }
    Arrays.sort(mbps);
    Arrays.sort(wall);
    System.out.printf("lucene_arabic articles=%d bytes=%d terms=%d best_mbps=%.2f median_mbps=%.2f best_wall_mbps=%.2f checksum=%d%n",
        lines.size(), bytes, terms, mbps[passes - 1], mbps[passes / 2], wall[passes - 1], checksum);
  }
}
