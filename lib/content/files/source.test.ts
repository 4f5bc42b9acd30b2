// The shared content-source suite against the JSON folder.
import { contentSourceContract } from '../source.contract';
import { FilesSource } from './source';
import { FileStore } from './store';

contentSourceContract('files', {
  async open(dir) {
    const store = new FileStore(dir).load();
    const source = new FilesSource(store);
    return {
      source,
      refresh: async (file) => store.refreshFile(file),
      close: async () => store.dispose(),
    };
  },
});
