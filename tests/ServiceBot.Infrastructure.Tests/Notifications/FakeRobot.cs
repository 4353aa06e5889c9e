using System.Net;
using System.Text;

namespace ServiceBot.Infrastructure.Tests.Notifications;

/// <summary>A group robot webhook: records what it is sent and answers with the <c>errcode</c> the test chose.</summary>
internal sealed class FakeRobot : HttpMessageHandler
{
    private readonly List<(Uri Uri, string Body)> _received = [];

    public Queue<int> Errcodes { get; } = new();

    public IReadOnlyList<(Uri Uri, string Body)> Received
    {
        get
        {
            lock (_received)
            {
                return [.. _received];
            }
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = await request.Content!.ReadAsStringAsync(cancellationToken);
        lock (_received)
        {
            _received.Add((request.RequestUri!, body));
        }

        var errcode = Errcodes.Count > 0 ? Errcodes.Dequeue() : 0;
        return new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent($"{{\"errcode\":{errcode},\"errmsg\":\"{(errcode == 0 ? "ok" : "refused")}\"}}", Encoding.UTF8, "application/json"),
        };
    }
}
