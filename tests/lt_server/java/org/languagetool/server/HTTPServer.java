// A stand-in for LanguageTool's server class, compiled by the tests into a languagetool-server.jar.
// It is started exactly the way a real LanguageTool folder is started
// (java -cp languagetool-server.jar org.languagetool.server.HTTPServer --port N) so the tests cover
// launching, waiting for readiness and stopping a real Java process. It flags "in order to" only.
package org.languagetool.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

public class HTTPServer {
  public static void main(String[] args) throws Exception {
    int port = 8081;
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals("--port")) port = Integer.parseInt(args[i + 1]);
    }
    if (System.getenv("FAKE_LT_CRASH") != null) {
      System.err.println("Fake LanguageTool: crashing on purpose");
      System.exit(3);
    }
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    server.createContext("/v2/languages", ex -> reply(ex, "[{\"name\":\"English (US)\",\"code\":\"en\",\"longCode\":\"en-US\"}]"));
    server.createContext("/v2/check", ex -> {
      String body = read(ex.getRequestBody());
      String text = "";
      for (String kv : body.split("&")) {
        if (kv.startsWith("text=")) text = URLDecoder.decode(kv.substring(5), StandardCharsets.UTF_8);
      }
      StringBuilder sb = new StringBuilder("{\"matches\":[");
      int from = 0;
      boolean first = true;
      while (true) {
        int at = text.indexOf("in order to", from);
        if (at < 0) break;
        if (!first) sb.append(",");
        first = false;
        sb.append("{\"message\":\"Wordy.\",\"offset\":").append(at).append(",\"length\":11,")
          .append("\"replacements\":[{\"value\":\"to\"}],\"context\":{\"text\":\"\",\"offset\":0,\"length\":11},")
          .append("\"rule\":{\"id\":\"EN_PLAIN_ENGLISH_REPLACE\",\"issueType\":\"style\",")
          .append("\"category\":{\"id\":\"PLAIN_ENGLISH\",\"name\":\"Plain English\"}}}");
        from = at + 11;
      }
      sb.append("]}");
      reply(ex, sb.toString());
    });
    server.start();
    System.out.println("Fake LanguageTool listening on " + port);
  }

  static String read(InputStream in) throws java.io.IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    in.transferTo(out);
    return out.toString(StandardCharsets.UTF_8);
  }

  static void reply(HttpExchange ex, String json) throws java.io.IOException {
    byte[] data = json.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "application/json");
    ex.sendResponseHeaders(200, data.length);
    try (OutputStream os = ex.getResponseBody()) {
      os.write(data);
    }
  }
}
