using System.Diagnostics;
using System.Net.Sockets;
using ServiceBot.Testing;

namespace ServiceBot.Bot.Tests.Support;

/// <summary>
/// The built host run as a real operating-system process, so a test can kill it outright (as a power cut or an
/// OOM kill would) and start it again on the same database.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;

    private HostProcess(Process process, Uri address, string logFile)
    {
        _process = process;
        Address = address;
        LogFile = logFile;
    }

    public Uri Address { get; }

    public string LogFile { get; }

    public static async Task<HostProcess> StartAsync(TestDatabase database, IReadOnlyDictionary<string, string> settings, string logFile)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(settings);
        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}");
        var assembly = HostAssembly();
        var info = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { assembly, "--urls", address.ToString() },

            // The content root, where appsettings.json lives, is the working directory of a host started this way.
            WorkingDirectory = Path.GetDirectoryName(assembly)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        foreach (var (key, value) in database.Settings.Concat(settings.Select(kv => KeyValuePair.Create(kv.Key, (string?)kv.Value))))
        {
            info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("The host did not start.");
        var log = new StreamWriter(logFile, append: true) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var host = new HostProcess(process, address, logFile);
        await host.WaitUntilHealthyAsync().ConfigureAwait(false);
        return host;
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing, exactly like losing the machine.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync().ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync().ConfigureAwait(false);
        }

        _process.Dispose();
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with code {_process.ExitCode}; see {LogFile}.");
            }

            try
            {
                if ((await client.GetAsync(new Uri("/healthz", UriKind.Relative), deadline.Token).ConfigureAwait(false)).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), deadline.Token).ConfigureAwait(false);
        }
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            log.WriteLine(line);
        }
    }

    private static string HostAssembly()
    {
        // Run the host from its own output folder, where its runtimeconfig, deps and appsettings live.
        var configuration = typeof(HostProcess).Assembly.Location.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        var path = RepositoryFiles.PathOf($"bot/ServiceBot.Bot/bin/{configuration}/net10.0/ServiceBot.Bot.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build the host first.", path);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
