namespace ServiceBot.Language.Classification;

/// <summary>The non-zero features of one text: parallel arrays of feature indices and values.</summary>
internal sealed class SparseVector(int[] indices, float[] values)
{
    public static SparseVector Empty { get; } = new([], []);

    public int[] Indices { get; } = indices;

    public float[] Values { get; } = values;

    public int Count => Indices.Length;
}
