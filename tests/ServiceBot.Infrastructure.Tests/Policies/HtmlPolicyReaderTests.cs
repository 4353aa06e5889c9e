using System.Text;
using ServiceBot.Infrastructure.Policies;
using ServiceBot.Language.PolicyText;

namespace ServiceBot.Infrastructure.Tests.Policies;

public sealed class HtmlPolicyReaderTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html><head>
          <title>关于支持企业技术改造的若干意见_浦江县人民政府</title>
          <meta name="ArticleTitle" content="浦江县关于支持企业技术改造的若干意见">
          <meta name="PubDate" content="2024-03-05 10:30">
          <meta name="ContentSource" content="浦江县经济和信息化局">
          <style>p { color: red }</style>
          <script>var nav = "首页";</script>
        </head><body>
          <header><a href="/">首页</a> &gt; <a>政务公开</a></header>
          <nav><ul><li>政策文件</li><li>政策解读</li></ul></nav>
          <div class="article">
            <h1>浦江县关于支持企业技术改造的若干意见</h1>
            <p>为推动制造业高质量发展，
               现提出如下意见。</p>
            <h2>一、加大投入支持</h2>
            <ol>
              <li>设备补助。对设备投资<b>500万元</b>以上的项目按10%给予补助。</li>
              <li>首台套奖励。给予一次性奖励50万元。</li>
            </ol>
            <p>二、强化要素保障<br>优先保障技改项目用地。</p>
            <table><tr><th>指标</th><th>目标</th></tr><tr><td>技改投资增速</td><td>15%</td></tr></table>
          </div>
          <footer>Copyright © 2024 浦江县人民政府 版权所有</footer>
        </body></html>
        """;

    [Fact]
    public void Read_KeepsTheArticle_AndDropsScriptsNavigationAndFooter()
    {
        var source = HtmlPolicyReader.Read(Encoding.UTF8.GetBytes(Page));

        Assert.Equal(
            [
                "浦江县关于支持企业技术改造的若干意见",
                "为推动制造业高质量发展，现提出如下意见。",
                "一、加大投入支持",
                "1.设备补助。对设备投资500万元以上的项目按10%给予补助。",
                "2.首台套奖励。给予一次性奖励50万元。",
                "二、强化要素保障",
                "优先保障技改项目用地。",
                "指标 | 目标",
                "技改投资增速 | 15%",
            ],
            source.Lines.Select(l => l.Text));
        Assert.Equal(SourceLineKind.TableRow, source.Lines[^1].Kind);
    }

    [Fact]
    public void Read_TakesTheGovernmentSitesMetaTagsAsHints()
    {
        var source = HtmlPolicyReader.Read(Encoding.UTF8.GetBytes(Page));

        Assert.Equal(new PolicySourceHints("浦江县关于支持企业技术改造的若干意见", null, "浦江县经济和信息化局", new DateOnly(2024, 3, 5)), source.Hints);
    }

    [Fact]
    public void Read_FallsBackToThePageTitle_WithoutTheSiteName()
    {
        var source = HtmlPolicyReader.Read(Encoding.UTF8.GetBytes("<html><head><title>关于做好用地保障的通知_某某县人民政府</title></head><body><p>一、优先供地。</p></body></html>"));

        Assert.Equal("关于做好用地保障的通知", source.Hints.Title);
    }

    [Fact]
    public void Read_DecodesGb18030Pages()
    {
        var bytes = PolicyTextDecoding.Gb18030.GetBytes("<html><body><p>一、优先保障高税无地企业用地。</p></body></html>");

        var source = HtmlPolicyReader.Read(bytes);

        Assert.Equal("一、优先保障高税无地企业用地。", source.Lines.Single().Text);
    }
}
