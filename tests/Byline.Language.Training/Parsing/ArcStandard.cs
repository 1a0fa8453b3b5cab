namespace Byline.Language.Training;

/// <summary>
/// The arc-standard transition system (Nivre 2004) over a sentence's tokens, without a root token: the token
/// left alone on the stack when the buffer is empty is the root. Actions are numbered 0 = shift,
/// 1 + 2r = left-arc with relation r (the second item on the stack becomes a dependent of the top),
/// 2 + 2r = right-arc with relation r (the top becomes a dependent of the second).
/// </summary>
internal sealed class ArcStandard
{
    public const int Shift = 0;
    public const int None = -1;

    private readonly int[] _stack;
    private readonly int[] _leftCount;
    private readonly int[] _rightCount;

    public ArcStandard(int length)
    {
        Length = length;
        _stack = new int[length];
        Heads = Enumerable.Repeat(None, length).ToArray();
        Relations = new int[length];
        LeftmostChild = Enumerable.Repeat(None, length).ToArray();
        RightmostChild = Enumerable.Repeat(None, length).ToArray();
        _leftCount = new int[length];
        _rightCount = new int[length];
    }

    public int Length { get; }

    /// <summary>The head given to each token so far (<see cref="None"/>: none yet; the root keeps it).</summary>
    public int[] Heads { get; }

    public int[] Relations { get; }

    public int[] LeftmostChild { get; }

    public int[] RightmostChild { get; }

    public int StackCount { get; private set; }

    /// <summary>The next buffer token; the buffer is empty when it equals <see cref="Length"/>.</summary>
    public int Next { get; private set; }

    public bool IsFinal => Next == Length && StackCount <= 1;

    public static int LeftArc(int relation) => 1 + 2 * relation;

    public static int RightArc(int relation) => 2 + 2 * relation;

    public static int ActionCount(int relations) => 1 + 2 * relations;

    /// <summary>The stack item <paramref name="depth"/> below the top (0: the top), or <see cref="None"/>.</summary>
    public int Stack(int depth) => depth < StackCount ? _stack[StackCount - 1 - depth] : None;

    /// <summary>The buffer token <paramref name="offset"/> after the next, or <see cref="None"/>.</summary>
    public int Buffer(int offset) => Next + offset < Length ? Next + offset : None;

    public int ChildCount(int token) => _leftCount[token] + _rightCount[token];

    public int LeftCount(int token) => _leftCount[token];

    public int RightCount(int token) => _rightCount[token];

    public bool IsLegal(int action) => action == Shift ? Next < Length : StackCount >= 2;

    public void Apply(int action)
    {
        if (!IsLegal(action)) throw new InvalidOperationException($"Action {action} is not legal here.");
        if (action == Shift)
        {
            _stack[StackCount++] = Next++;
            return;
        }
        var (top, second) = (_stack[StackCount - 1], _stack[StackCount - 2]);
        var relation = (action - 1) / 2;
        if (action % 2 == 1)
        {
            Attach(second, top, relation);
            _stack[StackCount - 2] = top;
        }
        else
        {
            Attach(top, second, relation);
        }
        StackCount--;
    }

    private void Attach(int dependent, int head, int relation)
    {
        Heads[dependent] = head;
        Relations[dependent] = relation;
        if (dependent < head)
        {
            _leftCount[head]++;
            if (LeftmostChild[head] == None || dependent < LeftmostChild[head]) LeftmostChild[head] = dependent;
        }
        else
        {
            _rightCount[head]++;
            if (RightmostChild[head] == None || dependent > RightmostChild[head]) RightmostChild[head] = dependent;
        }
    }
}

/// <summary>
/// The static oracle of arc-standard: left-arc when the gold tree makes the second stack item a dependent of the
/// top, right-arc when it makes the top a dependent of the second and the top has all its dependents, else shift.
/// It reproduces exactly the projective trees; for any other it returns <see cref="ArcStandard.None"/> when stuck.
/// </summary>
internal sealed class StaticOracle(int[] heads, int[] relations)
{
    private readonly int[] _goldChildren = CountChildren(heads);

    public int Action(ArcStandard state)
    {
        var (top, second) = (state.Stack(0), state.Stack(1));
        if (second != ArcStandard.None)
        {
            if (heads[second] == top) return ArcStandard.LeftArc(relations[second]);
            if (heads[top] == second && state.ChildCount(top) == _goldChildren[top]) return ArcStandard.RightArc(relations[top]);
        }
        return state.Next < state.Length ? ArcStandard.Shift : ArcStandard.None;
    }

    private static int[] CountChildren(int[] heads)
    {
        var children = new int[heads.Length];
        foreach (var head in heads)
        {
            if (head >= 0) children[head]++;
        }
        return children;
    }
}
