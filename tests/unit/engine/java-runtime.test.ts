// Finding Java 17+, and the message when it is missing or too old (machine probed through fakes).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectJava, parseJavaMajor, type JavaProbe } from '../../../engine/java-runtime.ts';

describe('parseJavaMajor', () => {
  it.each([
    [
      'openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment (build 17.0.15+6-Debian-1deb12u1)',
      17,
    ],
    ['openjdk version "21" 2023-09-19', 21],
    ['java version "1.8.0_292"\nJava(TM) SE Runtime Environment', 8],
    ['openjdk version "11.0.2" 2019-01-15', 11],
    ['openjdk version "25-ea" 2025-09-16', 25],
    ['Picked up JAVA_TOOL_OPTIONS: -Xmx1g\nopenjdk version "17.0.9" 2023-10-17', 17],
    ['bash: java: command not found', undefined],
  ])('%j → %s', (output, major) => {
    expect(parseJavaMajor(output)).toBe(major);
  });
});

function fakeProbe(
  files: Record<string, string | undefined>,
  env: NodeJS.ProcessEnv = { PATH: '/usr/bin:/bin' },
): JavaProbe {
  return {
    env,
    isExecutable: (file) => file in files,
    readVersion: (java) => files[java],
  };
}

describe('detectJava', () => {
  const java17 = 'openjdk version "17.0.15" 2025-04-15';

  it('finds java and javac on PATH', () => {
    const probe = fakeProbe({ '/usr/bin/java': java17, '/usr/bin/javac': '' });
    expect(detectJava({ needJavac: true }, probe)).toEqual({
      java: '/usr/bin/java',
      javac: '/usr/bin/javac',
      major: 17,
    });
  });

  it('prefers JAVA_HOME over PATH', () => {
    const home = '/opt/jdk-21';
    const probe = fakeProbe(
      {
        [path.join(home, 'bin', 'java')]: 'openjdk version "21.0.1"',
        '/usr/bin/java': 'java version "1.8.0_292"',
      },
      { PATH: '/usr/bin', JAVA_HOME: home },
    );
    expect(detectJava({}, probe).major).toBe(21);
  });

  it('without Java: names Java 17+ as the prerequisite and NEO4J_URI as the alternative', () => {
    const error = (() => {
      try {
        detectJava({}, fakeProbe({}));
      } catch (e) {
        return e as Error & { code: string };
      }
      throw new Error('detectJava did not throw');
    })();
    expect(error.code).toBe('JAVA_MISSING');
    expect(error.message).toMatch(/Java 17 or newer/);
    expect(error.message).toMatch(/no `java` was found/);
    expect(error.message).toMatch(/NEO4J_URI/);
    expect(error.message).toMatch(/openjdk-17-jdk-headless/);
  });

  it('refuses Java 8 and says which version it found', () => {
    expect(() => detectJava({}, fakeProbe({ '/usr/bin/java': 'java version "1.8.0_292"' }))).toThrow(
      /is Java 8/,
    );
  });

  it('refuses a java that does not run', () => {
    expect(() => detectJava({}, fakeProbe({ '/usr/bin/java': undefined }))).toThrow(/does not run/);
  });

  it('asks for a JDK when only a JRE is there and the launcher must be compiled', () => {
    const probe = fakeProbe({ '/usr/bin/java': java17 });
    expect(detectJava({}, probe).javac).toBeUndefined();
    expect(() => detectJava({ needJavac: true }, probe)).toThrow(/not a JDK \(no `javac`\)/);
  });
});
