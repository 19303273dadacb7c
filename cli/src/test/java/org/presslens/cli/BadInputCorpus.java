package org.presslens.cli;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.ThrowingSupplier;
import org.opentest4j.AssertionFailedError;

/**
 * Writes the bad-input corpus of the tests: every file is generated, none is committed. Each case says whether the
 * CLI should give a report ({@code expectOk}) or an error record, and what the error or the article text must say.
 */
final class BadInputCorpus {

  /** The name of the corpus's FIFO: a reader that opens it blocks until a writer does. */
  static final String FIFO = "a16-fifo.txt";

  /**
   * One input.
   *
   * @param file the generated file
   * @param expectOk whether it gives a report (true) or an error record (false)
   * @param expect a substring of the error (after the input name), or of the article text for a report
   */
  record Case(Path file, boolean expectOk, String expect) {
  }

  private BadInputCorpus() {
  }

  /** The corpus in {@code dir}, in a fixed order (file names sort in this order too). */
  static List<Case> write(Path dir) throws IOException {
    List<Case> cases = new ArrayList<>();
    cases.add(new Case(Files.write(dir.resolve("a01-empty.txt"), new byte[0]), false, "empty input"));
    cases.add(new Case(Files.writeString(dir.resolve("a02-whitespace.txt"), "  \n\t\n   \r\n "), false,
        "empty input"));
    byte[] binary = new byte[4096];
    new Random(7).nextBytes(binary);
    binary[100] = 0;
    cases.add(new Case(Files.write(dir.resolve("a03-binary.txt"), binary), false, "binary content"));
    byte[] invalidUtf8 = concat("Caf\u00e9 owners welcomed the plan.\n\nThe council voted on ".getBytes(
        StandardCharsets.UTF_8), new byte[] {(byte) 0xff, (byte) 0xc3, 0x28, (byte) 0x80},
        " Tuesday and the mayor said it was a good day for the city.".getBytes(StandardCharsets.UTF_8));
    cases.add(new Case(Files.write(dir.resolve("a04-invalid-utf8.txt"), invalidUtf8), true, "the mayor said"));
    byte[] utf16 = concat(new byte[] {(byte) 0xff, (byte) 0xfe},
        ("Caf\u00e9 culture returns\n\nThe caf\u00e9 on Quay Street reopened on Monday, and the mayor welcomed "
            + "the owners back.").getBytes(StandardCharsets.UTF_16LE));
    cases.add(new Case(Files.write(dir.resolve("a05-utf16-bom.txt"), utf16), true, "The caf\u00e9 on Quay Street"));
    cases.add(new Case(Files.copy(SharedData.dir().resolve("articles/bbc/sport/199.txt"),
        dir.resolve("a06-latin1.txt")), true, "\u00a3"));
    cases.add(new Case(Files.writeString(dir.resolve("a07-malformed.json"),
        "{\"title\": \"Tram\", \"text\": \"The council voted, \"sections\": [1, 2"), false, "invalid JSON"));
    cases.add(new Case(Files.writeString(dir.resolve("a08-no-body.html"),
        "<!DOCTYPE html><html><head><title>Nothing here</title><meta name=\"author\" content=\"A. Writer\">"
            + "</head></html>"), false, "no body text"));
    cases.add(new Case(Files.writeString(dir.resolve("a09-deeply-nested.html"), "<html><body>"
        + "<div>".repeat(20_000) + "<p>Deep inside the page, the council voted for the tram line on Tuesday.</p>"
        + "</div>".repeat(20_000) + "</body></html>"), true, "the council voted for the tram line"));
    cases.add(new Case(Files.writeString(dir.resolve("a10-german.txt"), "Der Stadtrat stimmt ab\n\n"
        + "Die Stadt wartet seit elf Jahren auf eine Stra\u00dfenbahn. Der B\u00fcrgermeister sagte am Dienstag, "
        + "dass die Linie gebaut werden muss, und die Opposition ist weiterhin dagegen."), true, "Stra\u00dfenbahn"));
    cases.add(new Case(Files.writeString(dir.resolve("a11-script-and-controls.html"), "<html><head><title>Tram"
        + "</title><script>document.write('tracking text');</script></head><body><article><h1>Tram vote</h1>"
        + "<script>var secret = 'script text';</script><p>The council \u0001voted\u0007 for the tram\u001b[0m on "
        + "Tuesday.</p><noscript>Enable scripts</noscript></article></body></html>"), true, "for the tram"));
    cases.add(new Case(Files.writeString(dir.resolve("a12-controls.txt"), "Control characters\n\nThe mayor said "
        + "\u0002the\u0003 tram <script>alert('x')</script> would run\u0008 by 2027."), true, "would run by 2027"));
    cases.add(new Case(dir.resolve("a13-missing.txt"), false, "no such file"));
    Path dangling = dir.resolve("a14-dangling-link.txt");
    Files.createSymbolicLink(dangling, dir.resolve("does-not-exist.txt"));
    cases.add(new Case(dangling, false, "dangling symbolic link to " + dir.resolve("does-not-exist.txt")));
    cases.add(new Case(socket(dir.resolve("a15-socket.txt")), false, "not a regular file"));
    cases.add(new Case(fifo(dir.resolve(FIFO)), false, "not a regular file"));
    cases.add(new Case(sparse(dir.resolve("a17-too-large.txt"), 64L * 1024 * 1024 + 1), false,
        "too large (more than 64 MiB)"));
    return cases;
  }

  /** A FIFO (named pipe) at {@code path}, made with {@code mkfifo}. */
  static Path fifo(Path path) throws IOException {
    Process p = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
    try {
      if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IOException("mkfifo " + path + " failed: " + new String(p.getInputStream().readAllBytes()));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    return path;
  }

  /** A file of {@code bytes} zero bytes that takes no disk space (a hole). */
  static Path sparse(Path path, long bytes) throws IOException {
    try (RandomAccessFile f = new RandomAccessFile(path.toFile(), "rw")) {
      f.setLength(bytes);
    }
    return path;
  }

  /**
   * Runs {@code run} bounded by {@code limit}. If it times out (a regression: something blocked on a FIFO), each of
   * {@code fifos} is opened for writing on a daemon thread, which releases a reader stuck on it, and the timeout
   * fails the test.
   */
  static <T> T bounded(Duration limit, ThrowingSupplier<T> run, Path... fifos) {
    try {
      return assertTimeoutPreemptively(limit, run);
    } catch (AssertionFailedError e) {
      for (Path fifo : fifos) {
        Thread t = new Thread(() -> {
          try (OutputStream o = Files.newOutputStream(fifo)) {
            o.flush();
          } catch (IOException ignored) {
            // nothing was waiting
          }
        }, "release-fifo");
        t.setDaemon(true);
        t.start();
      }
      throw e;
    }
  }

  /** A Unix domain socket file at {@code path} (left behind when the channel closes): no one can read it. */
  static Path socket(Path path) throws IOException {
    try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      server.bind(UnixDomainSocketAddress.of(path));
    }
    return path;
  }

  /**
   * A plain-text article of at least {@code bytes} bytes made of BBC articles' paragraphs, repeated as needed; sources
   * are read at run time from the shared data, never copied into the repository.
   */
  static Path bigText(Path file, long bytes) throws IOException {
    List<Path> sources;
    try (Stream<Path> s = Files.walk(SharedData.dir().resolve("articles/bbc"))) {
      sources = s.filter(p -> p.toString().endsWith(".txt")).sorted().limit(400).toList();
    }
    List<String> bodies = new ArrayList<>();
    for (Path p : sources) {
      String text = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
      int firstBreak = text.indexOf('\n');
      bodies.add(text.substring(firstBreak + 1).strip());
    }
    StringBuilder sb = new StringBuilder("Ten megabytes of news\n\n");
    for (int i = 0; sb.length() < bytes; i++) {
      sb.append(bodies.get(i % bodies.size())).append("\n\n");
    }
    return Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] all = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, all, at, p.length);
      at += p.length;
    }
    return all;
  }
}
