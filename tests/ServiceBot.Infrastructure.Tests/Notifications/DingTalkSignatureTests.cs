using ServiceBot.Infrastructure.Notifications;

namespace ServiceBot.Infrastructure.Tests.Notifications;

public sealed class DingTalkSignatureTests
{
    [Fact]
    public void Sign_AppendsTimestampAndSignature_AsDingTalkComputesThem()
    {
        var url = new Uri("https://oapi.dingtalk.com/robot/send?access_token=abc");

        var signed = DingTalkSignature.Sign(url, "SECtest0123456789abcdef", DateTimeOffset.FromUnixTimeMilliseconds(1795395600000));

        // Computed independently (Python hmac/base64/urllib.parse.quote) for this secret and timestamp.
        Assert.Equal(
            "https://oapi.dingtalk.com/robot/send?access_token=abc&timestamp=1795395600000&sign=ab0qHbc98RGltGx6ZJ%2BnoUCJ8blVziRLrs7J437YuY8%3D",
            signed.AbsoluteUri);
    }
}
