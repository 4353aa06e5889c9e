using ServiceBot.Language.Classification;

namespace ServiceBot.Language.Tests.Classification;

public sealed class SoftmaxTrainerTests
{
    private static readonly (string Text, string Label)[] Examples =
    [
        ("停电了", "电"), ("又停电", "电"), ("电压不稳", "电"), ("跳闸停电", "电"),
        ("没有地", "地"), ("用地指标", "地"), ("想要土地", "地"), ("拿地难", "地"),
    ];

    [Fact]
    public void Train_SeparatesLabels_ThatTheirWordsTellApart()
    {
        var classifier = TextClassifier.Train(Examples, FeaturizerOptions.Default, TrainingOptions.Default);

        Assert.Equal("电", classifier.Classify("经常停电")[0].Label);
        Assert.Equal("地", classifier.Classify("缺少用地")[0].Label);
    }

    [Fact]
    public void Train_GivesTheSameModel_EveryTime()
    {
        var first = TextClassifier.Train(Examples, FeaturizerOptions.Default, TrainingOptions.Default).Classify("停电没有地");
        var second = TextClassifier.Train(Examples, FeaturizerOptions.Default, TrainingOptions.Default).Classify("停电没有地");

        Assert.Equal(first, second);
    }

    [Fact]
    public void Evidence_NamesTheWordsBehindALabel()
    {
        var classifier = TextClassifier.Train(Examples, FeaturizerOptions.Default, TrainingOptions.Default);

        Assert.Contains(classifier.Evidence("厂里停电了", "电", 3), w => w.Contains("停电", StringComparison.Ordinal));
    }
}
