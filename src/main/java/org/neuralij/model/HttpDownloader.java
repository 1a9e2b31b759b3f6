package org.neuralij.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Path;
import java.time.Duration;

/** Downloads a file over http(s), following redirects, with time-outs and a size limit. */
final class HttpDownloader {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration RESPONSE_TIMEOUT = Duration.ofMinutes(2);

    private final long maxBytes;

    HttpDownloader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    static boolean isUrl(String source) {
        String lower = source.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    void download(String url, Path target) throws IOException {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(url)).timeout(RESPONSE_TIMEOUT)
                    .header("User-Agent", "NeuralIJ").GET().build();
        } catch (IllegalArgumentException e) {
            throw new IOException("The address " + url + " is not a valid URL (" + e.getMessage()
                    + "). Check it for typing errors and spaces.", e);
        }
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(CONNECT_TIMEOUT).build();
        HttpResponse<InputStream> response = send(client, request, url);
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException("Could not download " + url + ": the server answered HTTP "
                        + response.statusCode() + describe(response.statusCode()) + ". Check the address.");
            }
            try {
                new ByteBudget(maxBytes, "The download " + url).copy(body, target);
            } catch (InvalidModelException e) {
                throw e;
            } catch (IOException e) {
                throw new IOException("The download of " + url + " broke off (" + e.getMessage()
                        + "). Try again.", e);
            }
        }
    }

    private static HttpResponse<InputStream> send(HttpClient client, HttpRequest request, String url)
            throws IOException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new IOException("Could not download " + url + ": the server did not answer in time. "
                    + "Try again later, or download the .zip in a browser and install the file.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("The download of " + url + " was interrupted.");
        } catch (IOException | IllegalArgumentException e) {
            throw new IOException("Could not download " + url + " (" + e + "). Check the address, your "
                    + "internet connection and proxy settings.", e);
        }
    }

    private static String describe(int status) {
        return switch (status) {
            case 401, 403 -> " (access denied)";
            case 404, 410 -> " (no such file)";
            case 429 -> " (too many requests; try again later)";
            default -> status >= 500 ? " (server error; try again later)" : "";
        };
    }
}
