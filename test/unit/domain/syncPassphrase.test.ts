import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../shared/domain';
import { passphraseUse, type TeamFolderEncryption } from '../../../shared/domain/syncPassphrase';

describe('passphraseUse', () => {
  it.each<[TeamFolderEncryption, string | undefined, string]>([
    ['encrypted', 'a long team phrase', 'unlock'],
    ['empty', 'a long team phrase', 'create'],
    ['empty', undefined, 'none'],
    ['empty', '', 'none'],
    ['plain', undefined, 'none'],
  ])('a %s folder with passphrase %j: %s', (folder, passphrase, use) => {
    expect(passphraseUse(folder, passphrase)).toBe(use);
  });

  it.each<[TeamFolderEncryption, string | undefined, RegExp]>([
    ['encrypted', undefined, /is required: this team folder is encrypted/],
    ['encrypted', '', /is required/],
    ['plain', 'a long team phrase', /this team folder is not encrypted/],
  ])('a %s folder with passphrase %j is refused, naming the passphrase field', (f, p, why) => {
    let error: unknown;
    try {
      passphraseUse(f, p);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).issues).toEqual([
      { field: 'passphrase', problem: expect.stringMatching(why) as unknown },
    ]);
  });
});
