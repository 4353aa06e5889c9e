using System.Net;
using System.Text;
using System.Threading.Channels;

namespace ServiceBot.Bot.Tests.Support;

/// <summary>
/// Plays the outside world of a Bot Framework channel for the host's HTTP clients: records every request (the
/// bot's replies to the service URL, token requests) and answers with what the test set up.
/// </summary>
public sealed class RecordingChannel : HttpMessageHandler
{
    private readonly Channel<RecordedRequest> _requests = Channel.CreateUnbounded<RecordedRequest>();
    private readonly List<RecordedRequest> _all = [];

    /// <summary>Answers by path; a request nobody answers gets 200 with <c>{"id":"1"}</c>.</summary>
    public Func<RecordedRequest, HttpResponseMessage?>? Respond { get; set; }

    public IReadOnlyList<RecordedRequest> All
    {
        get
        {
            lock (_all)
            {
                return [.. _all];
            }
        }
    }

    public async Task<RecordedRequest> NextAsync(Func<RecordedRequest, bool> match, TimeSpan? timeout = null)
    {
        using var deadline = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            RecordedRequest request;
            try
            {
                request = await _requests.Reader.ReadAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail("Timed out waiting for a request; seen: " + string.Join(" | ", All.Select(r => $"{r.Method} {r.Uri}")));
                throw;
            }

            if (match(request))
            {
                return request;
            }
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new RecordedRequest(request.Method.Method, request.RequestUri!, request.Headers.Authorization?.ToString(), body);
        lock (_all)
        {
            _all.Add(recorded);
        }

        await _requests.Writer.WriteAsync(recorded, cancellationToken);
        return Respond?.Invoke(recorded) ?? new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{\"id\":\"1\"}", Encoding.UTF8, "application/json") };
    }
}
