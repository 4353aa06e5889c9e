using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace ServiceBot.Benchmarks.ConsolePages;

/// <summary>
/// <c>console-latency</c>: generates a year of cases (100,000 by default) into a SQLite database, starts the built host
/// (Release) on it as its own process, signs in through the login form and times the console's pages over real HTTP
/// on loopback — from sending the request to the last byte of the rendered page — one request at a time after a
/// warm-up. The generated database is kept in the work folder and reused when the command runs again.
/// </summary>
internal static partial class ConsoleLatency
{
    public const string Usage = "usage: console-latency [--cases 100000] [--requests 200] [--work <dir>] [--host <ServiceBot.Bot.dll>] [--regenerate]";

    private static readonly (string User, string Page)[] Pages =
    [
        ("leader", "/console/cockpit"),
        ("staff-zrzy", "/console/cases"),
        ("leader", "/console/cockpit/ranking"),
        ("leader", "/console/cockpit/trends"),
        ("dispatcher", "/console/cases?light=Red"),
        ("staff-zrzy", "/console/cases?filter=All&order=Newest&q=厂房"),
    ];

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output)
    {
        var options = Options(args);
        if (options is null)
        {
            await output.WriteLineAsync(Usage).ConfigureAwait(false);
            return 2;
        }

        var (cases, requests, work, host, regenerate) = options.Value;
        if (!File.Exists(host))
        {
            await output.WriteLineAsync($"The host is not built at {host}: run `dotnet build -c Release bot/ServiceBot.Bot` first, or pass --host.").ConfigureAwait(false);
            return 2;
        }

        var data = Path.Combine(work, $"console-{cases}");
        if (regenerate && Directory.Exists(data))
        {
            Directory.Delete(data, recursive: true);
        }

        if (!File.Exists(Path.Combine(data, "servicebot.db")))
        {
            Directory.CreateDirectory(data);
            await GenerateAsync(data, cases, output).ConfigureAwait(false);
        }

        var port = FreePort();
        using var process = StartHost(host, data, port);
        try
        {
            var baseUri = new Uri($"http://127.0.0.1:{port}");
            await WaitUntilUpAsync(baseUri, process).ConfigureAwait(false);
            await output.WriteLineAsync($"host up on {baseUri} over {data}; {requests} requests per page after {requests / 10} to warm up").ConfigureAwait(false);
            await output.WriteLineAsync("| page | n | p50 ms | p95 ms | p99 ms | max ms |").ConfigureAwait(false);
            await output.WriteLineAsync("|---|---:|---:|---:|---:|---:|").ConfigureAwait(false);
            var clients = new Dictionary<string, HttpClient>();
            foreach (var (user, page) in Pages)
            {
                if (!clients.TryGetValue(user, out var client))
                {
                    client = await SignInAsync(baseUri, user).ConfigureAwait(false);
                    clients[user] = client;
                }

                await output.WriteLineAsync(await MeasureAsync(client, $"{page} ({user})", page, requests).ConfigureAwait(false) + string.Empty).ConfigureAwait(false);
            }

            foreach (var client in clients.Values)
            {
                client.Dispose();
            }

            return 0;
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync().ConfigureAwait(false);
        }
    }

    private static async Task GenerateAsync(string data, int cases, TextWriter output)
    {
        await output.WriteLineAsync($"generating {cases:N0} cases into {data} …").ConfigureAwait(false);
        var watch = Stopwatch.StartNew();
        await using var services = await BenchmarkHost.StartAsync(data, scheduler: false, new LatenessRecorder()).ConfigureAwait(false);
        var open = await ConsoleCaseGenerator.GenerateAsync(services.Services, cases, TimeProvider.System.GetUtcNow(), output, CancellationToken.None).ConfigureAwait(false);
        await output.WriteLineAsync($"generated {cases:N0} cases ({open:N0} open) in {watch.Elapsed.TotalSeconds:F0} s").ConfigureAwait(false);
    }

    private static async Task<LatencySummary> MeasureAsync(HttpClient client, string name, string page, int requests)
    {
        var uri = new Uri(page, UriKind.Relative);
        for (var i = 0; i < Math.Max(5, requests / 10); i++)
        {
            (await client.GetAsync(uri).ConfigureAwait(false)).EnsureSuccessStatusCode();
        }

        var times = new List<double>(requests);
        for (var i = 0; i < requests; i++)
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await client.GetAsync(uri).ConfigureAwait(false);
            _ = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            response.EnsureSuccessStatusCode();
        }

        return LatencySummary.Of(name, times);
    }

    private static async Task<HttpClient> SignInAsync(Uri baseUri, string user)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = baseUri, Timeout = TimeSpan.FromMinutes(2) };
        using var page = await client.GetAsync(new Uri("/console/login", UriKind.Relative)).ConfigureAwait(false);
        if (page.StatusCode == HttpStatusCode.NotFound)
        {
            throw new InvalidOperationException("The host has no console page: its Release build is older than the console. Run `dotnet build -c Release bot/ServiceBot.Bot`.");
        }

        var login = await page.EnsureSuccessStatusCode().Content.ReadAsStringAsync().ConfigureAwait(false);
        var token = WebUtility.HtmlDecode(TokenField().Match(login).Groups[1].Value);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["username"] = user, ["password"] = "Demo@2026", ["__csrf"] = token });
        var response = await client.PostAsync(new Uri("/console/login", UriKind.Relative), form).ConfigureAwait(false);
        return response.StatusCode == HttpStatusCode.Redirect ? client : throw new InvalidOperationException($"Signing in as {user} answered {(int)response.StatusCode}.");
    }

    private static Process StartHost(string host, string data, int port)
    {
        var start = new ProcessStartInfo("dotnet", [host, "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = Path.GetDirectoryName(host)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        // Demo accounts on the generated cases (the demo seeder adds accounts and leaves existing cases alone); no
        // scheduler, so the measurement is of pages, not of a deadline sweep catching up on a year of clocks.
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Benchmark";
        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment["Database__DataDirectory"] = data;
        start.Environment["Demo__Enabled"] = "true";
        start.Environment["Scheduler__Enabled"] = "false";
        start.Environment["Policies__SeedDocuments"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start) ?? throw new InvalidOperationException("The host did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Console.Error.WriteLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitUntilUpAsync(Uri baseUri, Process process)
    {
        using var client = new HttpClient { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(5) };
        for (var i = 0; i < 600; i++)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException("The host exited while starting.");
            }

            try
            {
                if ((await client.GetAsync(new Uri("/healthz", UriKind.Relative)).ConfigureAwait(false)).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(500).ConfigureAwait(false);
        }

        throw new TimeoutException("The host did not answer /healthz within 5 minutes.");
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static (int Cases, int Requests, string Work, string Host, bool Regenerate)? Options(IReadOnlyList<string> args)
    {
        var root = Root();
        var (cases, requests, work, host, regenerate) = (100_000, 200, Path.Combine(Path.GetTempPath(), "servicebot-bench"), Path.Combine(root, "bot/ServiceBot.Bot/bin/Release/net10.0/ServiceBot.Bot.dll"), false);
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--cases" when i + 1 < args.Count:
                    cases = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--requests" when i + 1 < args.Count:
                    requests = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--work" when i + 1 < args.Count:
                    work = args[++i];
                    break;
                case "--host" when i + 1 < args.Count:
                    host = Path.GetFullPath(args[++i]);
                    break;
                case "--regenerate":
                    regenerate = true;
                    break;
                default:
                    return null;
            }
        }

        return (cases, requests, work, host, regenerate);
    }

    private static string Root()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ServiceBot.sln")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }

    [GeneratedRegex("name=\"__csrf\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
