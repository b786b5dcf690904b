package cn.gongguan.assessment;

/** A problem of an imported scheme file at a line (1 = the first; 0 = the file as a whole), with its reason. */
public record FileProblem(int line, String key, Object... arguments) {
}
